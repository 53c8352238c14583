import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

with tf.device(device):
    layer = tf.keras.layers.Dense(2, kernel_initializer="ones", bias_initializer="zeros")
    y = layer(tf.constant([[1.0, 2.0, 3.0]]))
keras_major = int(keras.__version__.split(".")[0])

print("tf.keras is served by:", tf.keras.__name__)
print("tf.keras.layers.Dense is keras.layers.Dense:", tf.keras.layers.Dense is keras.layers.Dense)
print("the layer's class lives in:", type(layer).__module__)
print("Keras major version:", keras_major, "| backend:", keras.backend.backend())
print("y:", y.numpy())
print("device:", tf.DeviceSpec.from_string(y.device).device_type.lower())
