import jax.numpy as jnp
import tensorflow as tf
import torch

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

with tf.device(device):
    source = tf.range(6, dtype=tf.float32)
as_torch = torch.from_dlpack(source)  # tf.Tensor has __dlpack__ in TF 2.21
as_jax = jnp.from_dlpack(source)

as_torch[0] = 100.0  # demo only: this writes into an "immutable" TF tensor
if as_torch.is_cuda:
    torch.cuda.synchronize()

seen = (as_torch, source, as_jax)
shares_memory = (float(source[0]) == 100.0, float(as_jax[0]) == 100.0)
same_address = as_torch.data_ptr() == as_jax.unsafe_buffer_pointer()

print("TF sees: ", source.numpy())
print("JAX sees:", as_jax)
print("shares_memory (torch, JAX):", shares_memory)
print("same address (torch, JAX):", same_address)
print("device:", tf.DeviceSpec.from_string(source.device).device_type.lower())
