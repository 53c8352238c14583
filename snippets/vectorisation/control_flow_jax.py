import jax
import jax.numpy as jnp


def flip_if_negative(x):  # one example, with a Python `if` on its values
    if x.sum() < 0:
        return -x
    return x


X = jnp.array([[1.0, 2.0], [-3.0, 1.0], [-1.0, -1.0]])
loop = jnp.stack([flip_if_negative(x) for x in X])  # fine: each x has concrete values
try:
    jax.vmap(flip_if_negative)(X)
except jax.errors.TracerBoolConversionError as error:
    print("vmap with a Python if:", type(error).__name__)


def flip_where(x):  # both branches computed, one selected per example
    return jnp.where(x.sum() < 0, -x, x)


def flip_cond(x):  # lax.cond with a batched predicate also becomes a select
    return jax.lax.cond(x.sum() < 0, lambda v: -v, lambda v: v, x)


fixed = jax.vmap(flip_where)(X)
print("with jnp.where:\n", fixed, sep="")
print("lax.cond agrees:", bool((jax.vmap(flip_cond)(X) == fixed).all()))
print("matches the loop:", bool((fixed == loop).all()))
print("device:", jax.default_backend())
