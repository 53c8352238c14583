import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
rng = np.random.default_rng(0)
x = rng.standard_normal((2, 3, 8), dtype=np.float32)
scale = 1 + rng.standard_normal(8, dtype=np.float32) / 10

with tf.device(device):
    norm = keras.layers.RMSNormalization(epsilon=1e-6)  # the layer's default, too
    norm.build(x.shape)
    norm.set_weights([scale])
    y = keras.ops.convert_to_numpy(norm(x))
by_hand = x / np.sqrt((x**2).mean(-1, keepdims=True) + 1e-6) * scale
print(
    "default eps:", keras.layers.RMSNormalization().epsilon, "| keras.ops:", keras.config.epsilon()
)
print("parameter: scale", tuple(norm.scale.shape))
print("y[0, 0]:", np.round(y[0, 0], 4))
max_diff_formula = float(np.abs(y - by_hand).max())
print("matches the formula to 1e-6:", max_diff_formula < 1e-6)
print("device:", device[1:4].lower())
