import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

rng = np.random.default_rng(0)  # small integers and quarters: every sum below is exact
x = rng.integers(-2, 3, (32, 4)).astype(np.float32)
y = rng.integers(-2, 3, (32, 1)).astype(np.float32)
w1 = rng.integers(-2, 3, (4, 8)).astype(np.float32) / 4
w2 = rng.integers(-2, 3, (8, 1)).astype(np.float32) / 4


def train(batch_size, accumulation_steps):
    model = keras.Sequential(
        [
            keras.Input((4,)),
            keras.layers.Dense(8, activation="relu", use_bias=False),
            keras.layers.Dense(1, use_bias=False),
        ]
    )
    model.set_weights([w1, w2])
    optimizer = keras.optimizers.SGD(0.125, gradient_accumulation_steps=accumulation_steps)
    model.compile(optimizer=optimizer, loss="mse")
    model.fit(x, y, batch_size=batch_size, epochs=1, shuffle=False, verbose=0)
    return model.layers[1].kernel.numpy()[:, 0]


with tf.device(device):
    big = train(batch_size=32, accumulation_steps=None)  # one step on all 32 examples
    accumulated = train(batch_size=8, accumulation_steps=4)  # four micro-batches of 8
max_diff = float(np.max(np.abs(big - accumulated)))
w2 = accumulated

print("w2 after one step of 32:    ", np.round(big, 4))
print("w2 after 4 x 8, accumulated:", np.round(w2, 4))
print("largest difference:", max_diff)
print("device:", device[1:4].lower())
