import jax
import jax.numpy as jnp


def f(x):
    s = x.sum()
    print("  sum =", s)
    if s > 0:  # data-dependent branch: fine in Python, not under jit
        return x * 2
    return x - 1


compiled = jax.jit(f)
pos = jnp.array([1.0, 2.0])
neg = jnp.array([-1.0, -2.0])
try:
    compiled(pos)
except jax.errors.TracerBoolConversionError as error:
    print("compiled:", type(error).__name__)

with jax.disable_jit():  # same call sites, op-by-op execution with concrete arrays
    results = [compiled(pos), compiled(neg)]
print("results:", [r.tolist() for r in results], "| device:", jax.default_backend())
