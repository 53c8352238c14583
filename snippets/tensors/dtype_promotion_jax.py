import jax
import jax.numpy as jnp
import numpy as np

ints = jnp.array([1, 2, 3])
floats = jnp.array([0.5, 0.5, 0.5])
twos = jnp.array([2, 2, 2])
from_np_float = jnp.asarray(np.array([0.5, 0.5, 0.5]))  # float64 becomes float32
from_np_int = jnp.asarray(np.array([1, 2, 3]))  # int64 becomes int32

mixed_sum = ints + floats
ratio = ints / twos

print("python ints   ->", ints.dtype)
print("python floats ->", floats.dtype)
print("numpy float64 ->", from_np_float.dtype)
print("numpy int64   ->", from_np_int.dtype)
print("int + float   ->", mixed_sum.dtype, mixed_sum.tolist())
print("int / int     ->", ratio.dtype, ratio.tolist())
with jax.enable_x64(True):  # 64-bit mode, scoped to this block
    print("numpy float64 with x64 ->", jnp.asarray(np.array([0.5, 0.5, 0.5])).dtype)
print("device:", jax.default_backend())
