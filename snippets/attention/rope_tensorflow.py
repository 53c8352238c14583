import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf
from keras import ops

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"


def rope(x, pos, base=10000.0):  # x: (B, T, N, H); rotates dims i and i + H/2 together
    half = x.shape[-1] // 2
    freqs = base ** (-ops.arange(half, dtype="float32") / half)
    angles = ops.cast(pos, "float32")[:, None] * freqs  # (T, H/2)
    cos, sin = ops.cos(angles)[:, None, :], ops.sin(angles)[:, None, :]  # broadcast over heads
    x1, x2 = x[..., :half], x[..., half:]
    return ops.concatenate([x1 * cos - x2 * sin, x2 * cos + x1 * sin], axis=-1)


rng = np.random.default_rng(0)
x = rng.standard_normal((1, 8, 2, 8), dtype=np.float32)
with tf.device(device):
    rotated = keras.ops.convert_to_numpy(rope(x, ops.arange(8)))
q, k = x[:, :1], x[:, 1:2]  # one query vector and one key vector, (1, 1, 2, 8)


def score(m, n):  # query at position m, key at position n, head 0
    with tf.device(device):
        return float(ops.sum((rope(q, ops.array([m])) * rope(k, ops.array([n])))[0, 0, 0]))


print("rotated[0, 3, 0]:", np.round(rotated[0, 3, 0], 4))
print(
    "norm kept:",
    np.allclose(np.linalg.norm(rotated, axis=-1), np.linalg.norm(x, axis=-1), atol=1e-5),
)
scores = [score(2, 0), score(7, 5), score(5, 7)]
print("score(2, 0), score(7, 5), score(5, 7):", np.round(scores, 4))
print("device:", device[1:4].lower())
