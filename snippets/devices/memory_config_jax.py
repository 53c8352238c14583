import os

os.environ["XLA_PYTHON_CLIENT_PREALLOCATE"] = "false"  # read when JAX creates its GPU client

import jax
import jax.numpy as jnp

x = jnp.ones((1024, 1024))
mib = x.nbytes / 2**20
print(f"x: {mib} MiB of float32 on {jax.default_backend()}")
if jax.default_backend() == "gpu":
    print("in use:", jax.devices()[0].memory_stats()["bytes_in_use"] / 2**20, "MiB")
else:
    print("no GPU: there is no GPU memory to configure")
