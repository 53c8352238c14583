import jax
import jax.numpy as jnp
import numpy as np

np.set_printoptions(precision=4)
x = jnp.zeros((4, 3))


def add_noise(key, row):  # written for one example: a row and its own key
    return row + jax.random.normal(key, row.shape)


key = jax.random.key(0)
keys = jax.random.split(key, 4)  # one key per example
noise = jax.vmap(add_noise)(keys, x)
shared = jax.vmap(add_noise, in_axes=(None, 0))(key, x)  # one key for every row
again = jax.jit(jax.vmap(add_noise))(keys, x)  # compiled: the same numbers

rows_differ = len({tuple(row) for row in noise.tolist()}) == 4
same_rows = bool((shared == shared[0]).all())
reproducible = bool((noise == again).all())
print("per-example keys:\n", noise, sep="")
print("rows differ:", rows_differ, "| shared-key rows equal:", same_rows)
print("under jit, identical:", reproducible)
print("device:", jax.default_backend())
