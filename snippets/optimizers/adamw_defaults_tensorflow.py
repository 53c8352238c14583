import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import inspect

import keras
import numpy as np
import tensorflow as tf

defaults = inspect.signature(keras.optimizers.AdamW).parameters
for name in ("learning_rate", "weight_decay", "epsilon", "beta_1", "beta_2"):
    print(f"{name}: {defaults[name].default}")

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
w0 = np.ones(4, dtype=np.float32)
g = np.array([1.0, 1e-3, 1e-6, 0.0], dtype=np.float32)

with tf.device(device):
    v = tf.Variable(w0)
    opt = keras.optimizers.AdamW()
    opt.apply_gradients([(tf.constant(g), v)])
step = (w0 - v.numpy()) / 1e-3
print("first step / lr:", np.round(step, 3))
print("device:", device[1:4].lower())
