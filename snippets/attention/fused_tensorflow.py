import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
rng = np.random.default_rng(0)
q, k, v = (rng.standard_normal((2, 5, 2, 4), dtype=np.float32) for _ in range(3))  # (B, T, N, H)
lengths = np.array([5, 3])  # the second sequence ends in 2 padding tokens

with tf.device(device):
    valid = np.arange(5) < lengths[:, None]
    mask = valid[:, None, None, :]  # (B, 1, 1, S): True = may attend
    out_causal = keras.ops.dot_product_attention(q, k, v, is_causal=True)
    out_padded = keras.ops.dot_product_attention(q, k, v, mask=mask)
    bias = np.where(mask, 0.0, -np.inf).astype(np.float32)
    out_additive = keras.ops.dot_product_attention(q, k, v, bias=bias)  # a float mask is a bias

out_causal = keras.ops.convert_to_numpy(out_causal)  # already (B, T, N, H)
out_padded = keras.ops.convert_to_numpy(out_padded)
additive_vs_bool = float(np.abs(keras.ops.convert_to_numpy(out_additive) - out_padded).max())
print("causal, sequence 0, head 0, dim 0:", np.round(out_causal[0, :, 0, 0], 4))
print("padded, sequence 1, head 0, dim 0:", np.round(out_padded[1, :, 0, 0], 4))
print("additive mask vs boolean mask, max difference:", additive_vs_bool)
print("device:", device[1:4].lower())
