import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf
from safetensors.numpy import load_file, save_file

# PyTorch's layouts: conv weight (out, in, height, width), images (batch, channel, h, w).
rng = np.random.default_rng(1)
save_file(
    {
        "conv.weight": rng.standard_normal((4, 3, 3, 3), dtype=np.float32) / 5,
        "conv.bias": rng.standard_normal(4, dtype=np.float32) / 10,
    },
    "conv.safetensors",
)
images = rng.standard_normal((1, 3, 5, 5), dtype=np.float32)  # NCHW

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
with tf.device(device):
    conv = keras.layers.Conv2D(4, 3)  # channels_last, padding="valid"
    conv.build((None, 5, 5, 3))
    state = load_file("conv.safetensors")
    # Keras holds the kernel as HWIO and images as NHWC: move the axes, both ways.
    conv.set_weights([state["conv.weight"].transpose(2, 3, 1, 0), state["conv.bias"]])
    out_nhwc = conv(images.transpose(0, 2, 3, 1)).numpy()
out_nchw = out_nhwc.transpose(0, 3, 1, 2)
print("kernel layout:", tuple(conv.kernel.shape), "HWIO; output:", out_nhwc.shape, "NHWC")
print("out[0, :, 0, 0]:", np.round(out_nchw[0, :, 0, 0], 4))
print("device:", device[1:4].lower())
