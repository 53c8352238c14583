import jax
import jax.numpy as jnp
import numpy as np

x = jnp.arange(6.0).reshape(2, 3)  # placed on jax.devices()[0]: the first GPU if there is one
print("x:", x.devices(), "| committed:", x.committed)
x_cpu = jax.device_put(x, jax.devices("cpu")[0])  # a copy, committed to the CPU
print("x_cpu:", x_cpu.devices(), "| committed:", x_cpu.committed)
z = (x_cpu * 2).sum(axis=0)  # runs where its committed input lives
print("z:", z.devices())
result = np.asarray(z)  # same as jax.device_get(z)
print("result:", type(result).__name__, result)
print("device:", jax.default_backend())
