import jax
import jax.numpy as jnp
import numpy as np

rng = np.random.default_rng(0)
q = rng.standard_normal((2, 5, 4, 4), dtype=np.float32)  # 4 query heads, (B, T, N, H)
k, v = (rng.standard_normal((2, 5, 2, 4), dtype=np.float32) for _ in range(2))  # 2 K/V heads

q, k, v = (jnp.asarray(a) for a in (q, k, v))
out = jax.nn.dot_product_attention(q, k, v, is_causal=True)  # fewer K/V heads: GQA
out = np.asarray(out)

# The same as plain multi-head attention with each K/V head used by 2 neighbouring query heads.
k2, v2 = jnp.repeat(k, 2, axis=2), jnp.repeat(v, 2, axis=2)
by_repeat = jax.nn.dot_product_attention(q, k2, v2, is_causal=True)
max_diff_vs_repeat = float(np.abs(out - np.asarray(by_repeat)).max())
print("output (B, T, N, H):", out.shape)
print("out[0, 4, :, 0] (one value per query head):", np.round(out[0, 4, :, 0], 4))
print("equal to repeated K/V heads, to 1e-6:", max_diff_vs_repeat < 1e-6)
print("device:", jax.default_backend())
