import jax
import jax.numpy as jnp
import numpy as np

np.set_printoptions(precision=4, suppress=True)

x = jnp.array([[3, 1, 4], [1, 5, 9]])
total = x.sum()
col_sums = x.sum(axis=0)
row_max = x.max(axis=1)
col_argmax = x.argmax(axis=0)
row_means = x.mean(axis=1, keepdims=True)  # integer input gives a float32 mean

for name, t in [
    ("total", total),
    ("col_sums", col_sums),
    ("row_max", row_max),
    ("col_argmax", col_argmax),
]:
    print(f"{name:<10} {str(t.dtype):<7} {t.tolist()}")
print("row_means:", repr(row_means))
print("device:", jax.default_backend())
