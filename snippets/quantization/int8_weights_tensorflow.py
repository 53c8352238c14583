import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf
from keras.quantizers import Int8QuantizationConfig

rng = np.random.default_rng(0)
w1 = rng.standard_normal((64, 32), dtype=np.float32) / 6
b1 = rng.standard_normal(64, dtype=np.float32) / 10
w2 = rng.standard_normal((10, 64), dtype=np.float32) / 8
b2 = rng.standard_normal(10, dtype=np.float32) / 10
x = rng.standard_normal((16, 32), dtype=np.float32)

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
with tf.device(device):
    model = keras.Sequential(
        [keras.Input((32,)), keras.layers.Dense(64, activation="relu"), keras.layers.Dense(10)]
    )
    model.layers[0].set_weights([w1.T, b1])
    model.layers[1].set_weights([w2.T, b2])
    y_float = model(x).numpy()
    # Weights only: the "int8" mode's default also quantizes each layer's input.
    model.quantize(config=Int8QuantizationConfig(activation_quantizer=None))
    y_int8 = model(x).numpy()

layer = model.layers[0]
codes = layer.kernel.numpy().T  # the kernel is (in, out); transposed to (out, in)
divisor = np.abs(w1[0]).max() * layer.kernel_scale.numpy()[0]
print("first layer:", layer.kernel.dtype, codes.shape)
print("row 0 codes:", codes[0, :8], f"step = max|w| / {divisor:.2f}")
max_abs = float(np.abs(y_int8 - y_float).max())
rel_error = float(np.linalg.norm(y_int8 - y_float) / np.linalg.norm(y_float))
print(f"max abs error: {max_abs:.4f}, relative error: {rel_error:.5f}")
print("device:", device[1:4].lower())
