import jax
import jax.numpy as jnp

x = jnp.array([1, 2, 3, 4])
try:
    x[0] = 10
except TypeError as e:
    print("TypeError:", str(e).split(".")[0])
updated = x.at[0].set(10).at[2].add(5)  # each .at[] call returns a new array
print("x:", x, "| updated:", updated)
print("device:", jax.default_backend())
