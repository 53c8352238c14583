import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import numpy as np
import tensorflow as tf
from keras import layers, ops

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
rng = np.random.default_rng(0)
shapes = {"wq": (16, 16), "wk": (16, 8), "wv": (16, 8), "wo": (16, 16)}  # (in, out)
shapes |= {"gate": (16, 32), "up": (16, 32), "down": (32, 16)}  # the SwiGLU feed-forward
W = {n: rng.standard_normal(s, dtype=np.float32) / s[0] ** 0.5 for n, s in shapes.items()}
x = rng.standard_normal((2, 6, 16), dtype=np.float32)


def rope(x, pos, base=10000.0):  # x: (B, T, N, H), as in the RoPE example
    half = x.shape[-1] // 2
    freqs = base ** (-ops.arange(half, dtype="float32") / half)
    angles = ops.cast(pos, "float32")[:, None] * freqs  # (T, H/2)
    cos, sin = ops.cos(angles)[:, None, :], ops.sin(angles)[:, None, :]  # broadcast over heads
    x1, x2 = x[..., :half], x[..., half:]
    return ops.concatenate([x1 * cos - x2 * sin, x2 * cos + x1 * sin], axis=-1)


class Block(layers.Layer):  # pre-norm: x + attention(norm(x)), then x + mlp(norm(x))
    def __init__(self):
        super().__init__()
        self.norm1, self.norm2 = layers.RMSNormalization(), layers.RMSNormalization()  # eps 1e-6
        for name, (_, n_out) in shapes.items():
            setattr(self, name, layers.Dense(n_out, use_bias=False))

    def call(self, x):
        B, T, _ = x.shape
        h, pos = self.norm1(x), ops.arange(T)
        q = rope(ops.reshape(self.wq(h), (B, T, 4, 4)), pos)  # 4 query heads
        k = rope(ops.reshape(self.wk(h), (B, T, 2, 4)), pos)  # 2 K/V heads
        v = ops.reshape(self.wv(h), (B, T, 2, 4))
        a = ops.dot_product_attention(q, k, v, is_causal=True)
        x = x + self.wo(ops.reshape(a, (B, T, 16)))
        h = self.norm2(x)
        return x + self.down(ops.silu(self.gate(h)) * self.up(h))  # SwiGLU feed-forward


with tf.device(device):
    block = Block()
    block(x)  # the first call creates the weights
    for name, w in W.items():
        getattr(block, name).set_weights([w])  # Dense stores (in, out)
    y = ops.convert_to_numpy(block(x))
n_params = block.count_params()
print("parameters:", n_params)
print("y[0, -1, :6]:", np.round(y[0, -1, :6], 4))
print("device:", device[1:4].lower())
