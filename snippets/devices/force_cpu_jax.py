import os

os.environ["JAX_PLATFORMS"] = "cpu"  # use only the CPU backend; must come before JAX starts

import jax
import jax.numpy as jnp

visible_gpus = jax.local_device_count() if jax.default_backend() == "gpu" else 0

x = jnp.array([[1.0, 2.0], [3.0, 4.0]])
result = x @ x
print("visible GPUs:", visible_gpus, "| device:", jax.default_backend())
print(result)
