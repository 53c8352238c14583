import jax
import numpy as np
from flax import nnx

np.set_printoptions(precision=4)

rngs = nnx.Rngs(42)  # Flax NNX: a key plus a counter, kept in an object
a = jax.random.normal(rngs(), (3,))  # each call returns a new key
b = jax.random.normal(rngs(), (3,))
c = jax.random.normal(nnx.Rngs(42)(), (3,))
third = rngs()  # the third key is fold_in(key, 2): the counter is folded in

advances = not bool((a == b).all())
same_seed_same = bool((a == c).all())
print("Rngs, twice:", a, b)
print("same seed, new Rngs:", c)
print("advances:", advances, "| same seed, same numbers:", same_seed_same)
print("third key == fold_in(key(42), 2):", bool(third == jax.random.fold_in(jax.random.key(42), 2)))
print("device:", jax.default_backend())
