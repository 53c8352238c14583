import jax
import jax.numpy as jnp
from jax.extend.backend import get_backend

platform = jax.default_backend()  # "cpu", "gpu", "tpu", or a plugin's own name
if platform == "gpu":  # CUDA, ROCm and Intel's oneAPI plugin all answer "gpu"
    version = get_backend().platform_version.lower()
    backend = next((name for name in ("cuda", "rocm", "oneapi") if name in version), "gpu")
else:
    backend = platform.lower()

a = (jnp.arange(12, dtype=jnp.float32) / 4).reshape(3, 4)
b = (jnp.arange(8, dtype=jnp.float32) - 3.5).reshape(4, 2)
c = a @ b
result = jax.device_get(c)

print("default backend:", platform, "| devices:", jax.devices())
print("backend:", backend)
print("a @ b ran on:", c.devices())
print("result:", result.tolist())
print("device:", jax.devices()[0].platform)
