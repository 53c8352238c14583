import math
import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

# Task: is a sequence of 8 numbers in ascending order? About half of them are.
rng = np.random.default_rng(0)
x = rng.random((768, 8, 1), dtype=np.float32)  # (N, T, F): batch, time, features
y = rng.integers(0, 2, 768)
x[y == 1] = np.sort(x[y == 1], axis=1)
x_train, y_train, x_test, y_test = x[:512], y[:512], x[512:], y[512:]

with tf.device(device):
    lstm = keras.layers.LSTM(16)  # returns the last output only (return_sequences=False)
    model = keras.Sequential([keras.Input((8, 1)), lstm, keras.layers.Dense(1)])
    model.compile(
        optimizer=keras.optimizers.Adam(1e-2),
        loss=keras.losses.BinaryCrossentropy(from_logits=True),
        metrics=[keras.metrics.BinaryAccuracy(threshold=0.0)],  # threshold on the logit
    )
    model.fit(x_train, y_train, batch_size=32, epochs=10, verbose=0)
    logits = model(x_test)[:, 0]
    test_accuracy = model.evaluate(x_test, y_test, verbose=0)[1]

print({w.name: tuple(w.shape) for w in lstm.weights})
cell = lstm.cell
weight_counts = (math.prod(cell.kernel.shape), math.prod(cell.recurrent_kernel.shape))
n_bias = math.prod(cell.bias.shape)
print("input/recurrent weights:", weight_counts, "| biases:", n_bias)
print(f"test accuracy {test_accuracy:.4f} | device: {device[1:4].lower()}")
