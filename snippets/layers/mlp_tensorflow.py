import os

os.environ["KERAS_BACKEND"] = "tensorflow"  # Keras 3 runs on TensorFlow, JAX or PyTorch

import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

x = np.random.default_rng(0).standard_normal((4, 64), dtype=np.float32)
with tf.device(device):
    # Dense takes only the output size; the input size is read from the first input
    model = keras.Sequential([keras.layers.Dense(128, activation="relu"), keras.layers.Dense(10)])
    y = model(x)
n_params = model.count_params()

print([(layer.name, layer.count_params()) for layer in model.layers])
print("output shape:", tuple(y.shape), "| device:", y.device.rsplit(":", 2)[-2].lower())
print("parameters:", n_params)
