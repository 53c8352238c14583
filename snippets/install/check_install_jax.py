import jax
import jax.numpy as jnp

print("jax", jax.__version__)
print("backend:", jax.default_backend(), "| devices:", jax.devices())

total = jnp.arange(1, 11).sum()
print("sum of 1..10 on", jax.default_backend(), "=", int(total))
