import jax
import jax.numpy as jnp
import numpy as np

np.set_printoptions(precision=3, suppress=True)

counts = jnp.array([[1, 2], [3, 4]])
log_x = jnp.log(counts)  # integer input becomes float32 (NumPy gives float64)
exp_x = jnp.exp(counts)

print("input:", counts.dtype, "| log:", log_x.dtype, "| exp:", exp_x.dtype)
print(log_x)
print(exp_x)
print("device:", jax.default_backend())
