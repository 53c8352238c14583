import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

rng = np.random.default_rng(0)
x = rng.standard_normal((4, 64), dtype=np.float32)
shapes = [(64, 128), (128,), (128, 10), (10,)]  # kernels as (in, out)
w1, b1, w2, b2 = (0.1 * rng.standard_normal(s, dtype=np.float32) for s in shapes)

with tf.device(device):
    model = keras.Sequential(
        [
            keras.Input(shape=(64,)),
            keras.layers.Dense(128, activation="relu", name="hidden"),
            keras.layers.Dense(10, name="output"),
        ],
        name="mlp",  # named layers give stable variable paths
    )
    # values in the order of model.trainable_variables; Dense kernels are (in, out)
    y, _ = model.stateless_call([w1, b1, w2, b2], model.non_trainable_variables, x)

print("variable paths:", [v.path for v in model.trainable_variables])
print("y[0]:", y[0].numpy().round(4))
print("device:", y.device.rsplit(":", 2)[-2].lower())
