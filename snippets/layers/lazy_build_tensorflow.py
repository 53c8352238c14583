import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

with tf.device(device):
    declared = keras.Sequential(
        [
            keras.Input(shape=(64,)),  # input size given up front: built at construction
            keras.layers.Dense(128, activation="relu"),
            keras.layers.Dense(10),
        ]
    )
    print("with keras.Input:  built", declared.built, "| weights", len(declared.weights))

    model = keras.Sequential([keras.layers.Dense(128, activation="relu"), keras.layers.Dense(10)])
    print("before first call: built", model.built, "| weights", len(model.weights))
    y = model(np.zeros((4, 64), dtype=np.float32))  # the first call infers the input size 64
    print("after first call:  built", model.built, "| weights", len(model.weights))

n_weights = [len(declared.weights), len(model.weights)]
n_params = model.count_params()
device_name = y.device.rsplit(":", 2)[-2].lower()
print("weight tensors:", n_weights, "| parameters:", n_params, "| device:", device_name)
