import jax
import jax.numpy as jnp

X = jnp.array([[0.5, 1.5, 1.7, 4.2], [3.1, 3.3, 0.1, 2.9]])


def histogram(row):  # counts in 5 bins of width 1 over [0, 5)
    return jnp.histogram(row, bins=5, range=(0.0, 5.0))[0]


counts = jax.jit(jax.vmap(histogram))(X)  # its primitives all have batching rules
loop = jnp.stack([jax.jit(histogram)(row) for row in X])
print("counts:\n", counts, sep="")
print("matches the loop:", bool((counts == loop).all()))
try:
    jax.vmap(lambda row: jnp.bincount(row.astype(int)))(X)  # output size depends on values
except jax.errors.ConcretizationTypeError as error:
    print("bincount without length:", type(error).__name__)
fixed = jax.vmap(lambda row: jnp.bincount(row.astype(int), length=5))(X)  # static size
print("bincount with length=5 agrees:", bool((fixed == counts).all()))
print("device:", jax.default_backend())
