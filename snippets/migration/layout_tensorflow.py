import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
rng = np.random.default_rng(0)
x_nhwc = rng.standard_normal((1, 5, 5, 2), dtype=np.float32)  # (batch, height, width, channels)
kernel = rng.standard_normal((3, 3, 2, 4), dtype=np.float32)  # Keras/Flax: (kh, kw, in, out)

with tf.device(device):
    dense = keras.layers.Dense(8)
    dense.build((None, 4))
    conv = keras.layers.Conv2D(4, 3, use_bias=False)  # channels_last, padding="valid"
    conv.build((None, 5, 5, 2))
    conv.set_weights([kernel])
    y_nhwc = conv(x_nhwc)

print("Dense(8) kernel:", tuple(dense.kernel.shape), "(in, out)")
print("Conv2D kernel:  ", tuple(conv.kernel.shape), "(kh, kw, in, out)")
print("input NHWC", x_nhwc.shape, "-> output", tuple(y_nhwc.shape))
print("output channel 0:\n", y_nhwc[0, :, :, 0].numpy().round(4))
print("device:", device[1:4].lower())
