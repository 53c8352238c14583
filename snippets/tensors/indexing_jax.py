import jax
import jax.numpy as jnp

x = jnp.arange(12).reshape(3, 4)
row = x[1]
col = x[:, 1]
block = x[1:, ::2]
picked = x[jnp.array([0, 2])]  # an array, not a list
masked = x[x > 6]  # fine eagerly, not inside jax.jit
reshaped = x.reshape(4, 3)
transposed = x.T

for name, t in [
    ("x", x),
    ("row", row),
    ("col", col),
    ("block", block),
    ("picked", picked),
    ("masked", masked),
    ("reshaped", reshaped),
    ("transposed", transposed),
]:
    print(f"{name:<10} {str(t.shape):<7} {t.tolist()}")
try:
    x[[0, 2]]
except TypeError as e:
    print("x[[0, 2]] -> TypeError:", str(e).split(";")[0])
try:
    jax.jit(lambda a: a[a > 6])(x)
except jax.errors.NonConcreteBooleanIndexError as e:
    print("mask under jit ->", type(e).__name__)
print("jit-safe jnp.where:", jax.jit(lambda a: jnp.where(a > 6, a, 0))(x).tolist())
print("device:", jax.default_backend())
