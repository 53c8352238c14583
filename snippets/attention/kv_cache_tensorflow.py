import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import numpy as np
import tensorflow as tf
from keras import ops

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
rng = np.random.default_rng(0)
shapes = dict(wq=(16, 16), wk=(16, 8), wv=(16, 8), wo=(16, 16))  # 4 query heads, 2 K/V heads
W = {n: rng.standard_normal(s, dtype=np.float32) / 4 for n, s in shapes.items()}
x = rng.standard_normal((2, 6, 16), dtype=np.float32)
B, T, S_MAX = 2, 6, 8  # the cache holds up to 8 positions


def rope(x, pos, base=10000.0):  # x: (B, T, N, H), as in the RoPE example
    half = x.shape[-1] // 2
    freqs = base ** (-ops.arange(half, dtype="float32") / half)
    angles = ops.cast(pos, "float32")[:, None] * freqs  # (T, H/2)
    cos, sin = ops.cos(angles)[:, None, :], ops.sin(angles)[:, None, :]  # broadcast over heads
    x1, x2 = x[..., :half], x[..., half:]
    return ops.concatenate([x1 * cos - x2 * sin, x2 * cos + x1 * sin], axis=-1)


def project(x, pos):  # (B, t, 16) -> q (B, t, 4, 4) and k, v (B, t, 2, 4), RoPE at `pos`
    q = rope(ops.reshape(x @ W["wq"], (B, -1, 4, 4)), pos)
    k = rope(ops.reshape(x @ W["wk"], (B, -1, 2, 4)), pos)
    return q, k, ops.reshape(x @ W["wv"], (B, -1, 2, 4))


def attend(q, k, v, **mask):  # (B, T, N, H) in and out of the attention call, (B, T, 16) out
    return ops.reshape(ops.dot_product_attention(q, k, v, **mask), (B, -1, 16)) @ W["wo"]


with tf.device(device):
    full = attend(*project(x, ops.arange(T)), is_causal=True)  # one call

    k_cache = ops.zeros((B, S_MAX, 2, 4))
    v_cache = ops.zeros((B, S_MAX, 2, 4))
    steps = []
    for t in range(T):  # one token at a time, as a decoder generates
        q, k, v = project(x[:, t : t + 1], ops.array([t]))
        k_cache = ops.slice_update(k_cache, (0, t, 0, 0), k)  # a new tensor with slot t set
        v_cache = ops.slice_update(v_cache, (0, t, 0, 0), v)
        filled = (ops.arange(S_MAX) <= t)[None, None, None, :]  # True = attend
        steps.append(attend(q, k_cache, v_cache, mask=filled))
    steps = ops.convert_to_numpy(ops.concatenate(steps, axis=1))
max_diff_vs_full = float(np.abs(steps - ops.convert_to_numpy(full)).max())
print("cache (B, S_MAX, K/V heads, H):", tuple(k_cache.shape))
print("steps[1, :, 0]:", np.round(steps[1, :, 0], 4))
print("cached steps equal the full pass, to 1e-5:", max_diff_vs_full < 1e-5)
print("device:", device[1:4].lower())
