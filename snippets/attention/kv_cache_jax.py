import jax
import jax.numpy as jnp
import numpy as np

rng = np.random.default_rng(0)
shapes = dict(wq=(16, 16), wk=(16, 8), wv=(16, 8), wo=(16, 16))  # 4 query heads, 2 K/V heads
W = {n: jnp.asarray(rng.standard_normal(s, dtype=np.float32) / 4) for n, s in shapes.items()}
x = jnp.asarray(rng.standard_normal((2, 6, 16), dtype=np.float32))
B, T, S_MAX = 2, 6, 8  # the cache holds up to 8 positions


def rope(x, pos, base=10000.0):  # x: (B, T, N, H), as in the RoPE example
    half = x.shape[-1] // 2
    freqs = base ** (-jnp.arange(half, dtype=jnp.float32) / half)
    angles = pos[:, None].astype(jnp.float32) * freqs  # (T, H/2)
    cos, sin = jnp.cos(angles)[:, None, :], jnp.sin(angles)[:, None, :]  # broadcast over heads
    x1, x2 = x[..., :half], x[..., half:]
    return jnp.concatenate([x1 * cos - x2 * sin, x2 * cos + x1 * sin], axis=-1)


def project(x, pos):  # (B, t, 16) -> q (B, t, 4, 4) and k, v (B, t, 2, 4), RoPE at `pos`
    q = rope((x @ W["wq"]).reshape(B, -1, 4, 4), pos)
    return q, rope((x @ W["wk"]).reshape(B, -1, 2, 4), pos), (x @ W["wv"]).reshape(B, -1, 2, 4)


def attend(q, k, v, **mask):  # (B, T, N, H) in and out of the attention call, (B, T, 16) out
    return jax.nn.dot_product_attention(q, k, v, **mask).reshape(B, -1, 16) @ W["wo"]


@jax.jit  # one compiled step for every t: the cache has a fixed shape, t is traced
def step(x_t, t, k_cache, v_cache):
    q, k, v = project(x_t, t[None])
    k_cache, v_cache = k_cache.at[:, t].set(k[:, 0]), v_cache.at[:, t].set(v[:, 0])
    filled = (jnp.arange(S_MAX) <= t)[None, None, None, :]  # True = attend
    return attend(q, k_cache, v_cache, mask=filled), k_cache, v_cache


full = attend(*project(x, jnp.arange(T)), is_causal=True)  # one call

k_cache = jnp.zeros((B, S_MAX, 2, 4))
v_cache = jnp.zeros((B, S_MAX, 2, 4))
steps = []
for t in range(T):  # one token at a time, as a decoder generates
    out, k_cache, v_cache = step(x[:, t : t + 1], jnp.int32(t), k_cache, v_cache)
    steps.append(out)
steps = np.asarray(jnp.concatenate(steps, axis=1))
max_diff_vs_full = float(np.abs(steps - np.asarray(full)).max())
print("cache (B, S_MAX, K/V heads, H):", k_cache.shape)
print("steps[1, :, 0]:", np.round(steps[1, :, 0], 4))
print("cached steps equal the full pass, to 1e-5:", max_diff_vs_full < 1e-5)
print("device:", jax.default_backend())
