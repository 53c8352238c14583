import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import random

import keras
import numpy as np
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

keras.utils.set_random_seed(0)  # Python, NumPy and TensorFlow in one call
py_draw = random.random()
np_draw = np.random.rand(2)
with tf.device(device):
    fw_draw = tf.random.uniform([2])
    keras_draw = keras.random.uniform((2,))  # Keras' own global SeedGenerator, reset too
print(f"Python random: {py_draw:.4f}")
print("NumPy global: ", np_draw.round(4))
print("tf.random:    ", fw_draw.numpy().round(4))
print("keras.random: ", keras_draw.numpy().round(4))
print("device:", fw_draw.device.rsplit(":", 2)[-2].lower())
