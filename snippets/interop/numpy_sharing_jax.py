import jax
import jax.numpy as jnp
import numpy as np

arr = np.arange(4, dtype=np.float32)
copied = jnp.asarray(arr)  # a copy, even on a CPU (placed on jax.devices()[0])
arr[0] = 100.0
print("NumPy -> JAX, sees arr[0] = 100:")
print("  jnp.asarray(arr)", float(copied[0]) == 100.0)
print("  (no zero-copy call that works for every array: see the gotcha below)")

j = jnp.arange(4, dtype=jnp.float32)
outs = {"np.asarray(j)": np.asarray(j), "np.array(j)": np.array(j)}  # no .numpy() method
print("JAX -> NumPy, same memory as j:")
for name, a in outs.items():
    same = a.ctypes.data == j.unsafe_buffer_pointer()
    print(f"  {name:14}", same, "| writeable:", a.flags.writeable)

out_shared = [outs[name].ctypes.data == j.unsafe_buffer_pointer() for name in outs]
shares_memory = (float(copied[0]) == 100.0, *out_shared)
print("shares_memory (copy in, np.asarray out, np.array out):", shares_memory)
print("device:", jax.default_backend())
