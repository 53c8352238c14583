import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
keras.mixed_precision.set_dtype_policy("mixed_bfloat16")  # for every layer created after this

w1 = np.array([[1, 0, 2], [0, 1, 1], [1, 1, 0], [2, 0, 1]], np.float32)  # (in, out)
w2 = np.array([[1, -1], [2, 0], [0, 1]], np.float32)
x = np.array([[1 + 1 / 256, 2.0, -1.0, 0.5]], np.float32)

with tf.device(device):
    hidden = keras.layers.Dense(3, activation="relu", use_bias=False)
    head = keras.layers.Dense(2, use_bias=False, dtype="float32")  # keep the output in float32
    model = keras.Sequential([keras.Input((4,)), hidden, head])
    hidden.set_weights([w1])
    head.set_weights([w2])
    h = hidden(x)  # the layer casts its input to bfloat16
    y_mixed = model(x)
    y_fp32 = tf.nn.relu(x @ w1) @ w2  # plain ops on float32 inputs: float32 throughout

for name, layer, out in [("hidden:", hidden, h), ("head:  ", head, y_mixed)]:
    policy = layer.dtype_policy.name
    print(name, policy, "| weights", layer.kernel.dtype, "| output", out.dtype.name)
print("mixed   y =", y_mixed.numpy().tolist(), "| device:", y_mixed.device[-5:-2].lower())
print("float32 y =", y_fp32.numpy().tolist())
