import jax.numpy as jnp
import tensorflow as tf
import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

source = torch.arange(6, dtype=torch.float32, device=device)
as_tf = tf.experimental.dlpack.from_dlpack(source.__dlpack__())  # TF takes a capsule
as_jax = jnp.from_dlpack(source)  # JAX takes any object with __dlpack__

source[0] = 100.0  # one write through the mutable PyTorch tensor
if device == "cuda":
    torch.cuda.synchronize()  # let the write finish before other libraries read

seen = (source, as_tf, as_jax)
shares_memory = (float(as_tf[0]) == 100.0, float(as_jax[0]) == 100.0)
same_address = source.data_ptr() == as_jax.unsafe_buffer_pointer()

print("TF sees: ", as_tf.numpy())
print("JAX sees:", as_jax)
print("shares_memory (TF, JAX):", shares_memory)
print("same address (torch, JAX):", same_address)
print("device:", source.device.type)
