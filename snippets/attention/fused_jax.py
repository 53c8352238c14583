import jax
import jax.numpy as jnp
import numpy as np

rng = np.random.default_rng(0)
q, k, v = (rng.standard_normal((2, 5, 2, 4), dtype=np.float32) for _ in range(3))  # (B, T, N, H)
lengths = np.array([5, 3])  # the second sequence ends in 2 padding tokens

q, k, v = (jnp.asarray(a) for a in (q, k, v))
valid = jnp.arange(5) < jnp.asarray(lengths)[:, None]
mask = valid[:, None, None, :]  # (B, 1, 1, S): True = may attend
out_causal = jax.nn.dot_product_attention(q, k, v, is_causal=True)
out_padded = jax.nn.dot_product_attention(q, k, v, mask=mask)
bias = jnp.where(mask, 0.0, -jnp.inf)
out_additive = jax.nn.dot_product_attention(q, k, v, bias=bias)  # a float mask is a bias

out_causal = np.asarray(out_causal)  # already (B, T, N, H)
out_padded = np.asarray(out_padded)
additive_vs_bool = float(np.abs(np.asarray(out_additive) - out_padded).max())
print("causal, sequence 0, head 0, dim 0:", np.round(out_causal[0, :, 0, 0], 4))
print("padded, sequence 1, head 0, dim 0:", np.round(out_padded[1, :, 0, 0], 4))
print("additive mask vs boolean mask, max difference:", additive_vs_bool)
print("device:", jax.default_backend())
