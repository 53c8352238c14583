import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"


class MLP(keras.Model):
    def __init__(self):
        super().__init__(name="mlp")
        self.hidden = keras.layers.Dense(128, activation="relu", name="hidden")  # sets the path
        self.out = keras.layers.Dense(10, name="out")

    def call(self, x):
        return self.out(self.hidden(x))


with tf.device(device):
    model = MLP()
    y = model(np.zeros((4, 64), dtype=np.float32))  # creates the weights
for w in model.weights:
    print(f"{w.path:18} {str(tuple(w.shape)):10} trainable={w.trainable}")

shapes = sorted(tuple(w.shape) for w in model.weights)
per_layer = [layer.count_params() for layer in (model.hidden, model.out)]
device_name = y.device.rsplit(":", 2)[-2].lower()
print("shapes as (in, out):", shapes, "| per layer:", per_layer, "| device:", device_name)
