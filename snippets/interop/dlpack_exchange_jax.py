import jax
import jax.numpy as jnp
import tensorflow as tf
import torch

source = jnp.arange(6, dtype=jnp.float32)  # on jax.devices()[0]
as_torch = torch.from_dlpack(source)
as_tf = tf.experimental.dlpack.from_dlpack(source.__dlpack__())  # TF takes a capsule

as_torch[0] = 100.0  # demo only: this writes into an "immutable" JAX array
if as_torch.is_cuda:
    torch.cuda.synchronize()

seen = (as_torch, as_tf, source)
shares_memory = (float(source[0]) == 100.0, float(as_tf[0]) == 100.0)
same_address = as_torch.data_ptr() == source.unsafe_buffer_pointer()

print("JAX sees:", source)
print("TF sees: ", as_tf.numpy())
print("shares_memory (torch, TF):", shares_memory)
print("same address (torch, JAX):", same_address)
print("device:", jax.default_backend())
