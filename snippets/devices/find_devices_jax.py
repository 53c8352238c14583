import jax

backend = jax.default_backend()  # "gpu", "tpu" or "cpu": the best platform found
n_gpus = jax.local_device_count() if backend == "gpu" else 0

print(jax.devices())  # the devices of the default backend
print("default backend:", backend)
print("local devices:", jax.local_device_count(), "| in all processes:", jax.device_count())
print("device:", jax.devices()[0].platform)
