import jax
import jax.numpy as jnp
import numpy as np

arr = np.array([1.0, 2.0, 3.0], dtype=np.float32)
copied = jnp.asarray(arr)  # placed on the default device
doubled = copied * 2
arr[0] = 100.0
print("jnp.asarray after arr[0] = 100:", copied)

back = np.asarray(doubled)  # copies from the GPU by itself when needed
print("back:", type(back).__name__, back.dtype, back, "| writeable:", back.flags.writeable)
print("device:", jax.default_backend())
