import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf
from safetensors.numpy import load_file, save_file

# nn.MultiheadAttention's own layout: q, k and v projections packed in one (3 * 16, 16) weight.
rng = np.random.default_rng(2)
save_file(
    {
        "in_proj_weight": rng.standard_normal((48, 16), dtype=np.float32) / 4,
        "in_proj_bias": rng.standard_normal(48, dtype=np.float32) / 10,
        "out_proj.weight": rng.standard_normal((16, 16), dtype=np.float32) / 4,
        "out_proj.bias": rng.standard_normal(16, dtype=np.float32) / 10,
    },
    "attention.safetensors",
)
x = rng.standard_normal((2, 5, 16), dtype=np.float32)

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
with tf.device(device):
    attn = keras.layers.MultiHeadAttention(num_heads=4, key_dim=4)
    attn(x, x)  # the first call creates the weights
    state = load_file("attention.safetensors")
    # Unpack q, k, v; transpose each (out, in) block to (in, out); split out into (heads, dim).
    w_qkv = state["in_proj_weight"].reshape(3, 16, 16).transpose(0, 2, 1).reshape(3, 16, 4, 4)
    b_qkv = state["in_proj_bias"].reshape(3, 4, 4)
    w_out = state["out_proj.weight"].T.reshape(4, 4, 16)  # (heads, dim, out)
    weights = [w_qkv[0], b_qkv[0], w_qkv[1], b_qkv[1], w_qkv[2], b_qkv[2], w_out]
    attn.set_weights([*weights, state["out_proj.bias"]])  # order: attn.weights
    y = attn(x, x).numpy()
print({"/".join(w.path.split("/")[-2:]): tuple(w.shape) for w in attn.weights})
print("y[0, 0, :6]:", np.round(y[0, 0, :6], 4))
print("device:", device[1:4].lower())
