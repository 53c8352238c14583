import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf
from safetensors.numpy import load_file, save_file

# A trained batch norm: its scale and shift, and the running statistics it collected.
rng = np.random.default_rng(2)
save_file(
    {
        "bn.weight": rng.uniform(0.5, 1.5, 4).astype(np.float32),
        "bn.bias": rng.standard_normal(4, dtype=np.float32) / 10,
        "bn.running_mean": rng.standard_normal(4, dtype=np.float32),
        "bn.running_var": rng.uniform(0.005, 0.02, 4).astype(np.float32),  # small: eps shows
    },
    "bn.safetensors",
)
x = rng.standard_normal((3, 4), dtype=np.float32)
state = load_file("bn.safetensors")
# Keras orders them gamma, beta, moving mean, moving variance.
weights = [state[f"bn.{k}"] for k in ("weight", "bias", "running_mean", "running_var")]

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
with tf.device(device):
    default = keras.layers.BatchNormalization()
    default.build((None, 4))
    default.set_weights(weights)
    y_default = default(x, training=False).numpy()
    bn = keras.layers.BatchNormalization(epsilon=1e-5)  # PyTorch's and Flax's default
    bn.build((None, 4))
    bn.set_weights(weights)
    y = bn(x, training=False).numpy()
print(f"default epsilon: {default.epsilon:g}")
print(
    f"momentum {bn.momentum:g}: running = {bn.momentum:g} * running + {1 - bn.momentum:g} * batch"
)
print(f"with the default epsilon, y is off by up to {np.abs(y_default - y).max():.3f}")
print("y[0]:", np.round(y[0], 4))
print("device:", device[1:4].lower())
