import jax
import jax.numpy as jnp
import numpy as np


def rope(x, pos, base=10000.0):  # x: (B, T, N, H); rotates dims i and i + H/2 together
    half = x.shape[-1] // 2
    freqs = base ** (-jnp.arange(half, dtype=jnp.float32) / half)
    angles = pos[:, None].astype(jnp.float32) * freqs  # (T, H/2)
    cos, sin = jnp.cos(angles)[:, None, :], jnp.sin(angles)[:, None, :]  # broadcast over heads
    x1, x2 = x[..., :half], x[..., half:]
    return jnp.concatenate([x1 * cos - x2 * sin, x2 * cos + x1 * sin], axis=-1)


rng = np.random.default_rng(0)
x = jnp.asarray(rng.standard_normal((1, 8, 2, 8), dtype=np.float32))
rotated = np.asarray(rope(x, jnp.arange(8)))
q, k = x[:, :1], x[:, 1:2]  # one query vector and one key vector, (1, 1, 2, 8)


def score(m, n):  # query at position m, key at position n, head 0
    return float((rope(q, jnp.array([m])) * rope(k, jnp.array([n])))[0, 0, 0].sum())


print("rotated[0, 3, 0]:", np.round(rotated[0, 3, 0], 4))
print(
    "norm kept:",
    np.allclose(np.linalg.norm(rotated, axis=-1), jnp.linalg.norm(x, axis=-1), atol=1e-5),
)
scores = [score(2, 0), score(7, 5), score(5, 7)]
print("score(2, 0), score(7, 5), score(5, 7):", np.round(scores, 4))
print("device:", jax.default_backend())
