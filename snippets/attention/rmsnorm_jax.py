import jax
import jax.numpy as jnp
import numpy as np
from flax import nnx

rng = np.random.default_rng(0)
x = rng.standard_normal((2, 3, 8), dtype=np.float32)
scale = 1 + rng.standard_normal(8, dtype=np.float32) / 10

norm = nnx.RMSNorm(8, epsilon=1e-6, rngs=nnx.Rngs(0))  # the default, too
norm.scale[...] = jnp.asarray(scale)
y = np.asarray(norm(jnp.asarray(x)))
by_hand = x / np.sqrt((x**2).mean(-1, keepdims=True) + 1e-6) * scale
print("default eps:", nnx.RMSNorm(8, rngs=nnx.Rngs(0)).epsilon)
print("parameter: scale", norm.scale.shape)
print("y[0, 0]:", np.round(y[0, 0], 4))
max_diff_formula = float(np.abs(y - by_hand).max())
print("matches the formula to 1e-6:", max_diff_formula < 1e-6)
print("device:", jax.default_backend())
