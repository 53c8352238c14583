import jax
import numpy as np

np.set_printoptions(precision=4)

key = jax.random.key(0)  # new-style typed key
raw = jax.random.PRNGKey(0)  # legacy: a plain uint32 array
print("typed key: ", key.dtype, key.shape)
print("legacy key:", raw.dtype, raw.shape, raw)

a = jax.random.normal(key, (3,))
b = jax.random.normal(key, (3,))  # the same key again: the same numbers
k1, k2 = jax.random.split(key)  # two new keys, for two independent streams
n1 = jax.random.normal(k1, (3,))
n2 = jax.random.normal(k2, (3,))
per_step = [jax.random.fold_in(key, step) for step in range(3)]  # a key per step index

reuse_repeats = bool((a == b).all())
split_differ = not bool((n1 == n2).any() or (n1 == a).any())
print("key reused:     ", a, b)
print("split children: ", n1, n2)
print("fold_in(key, 2):", jax.random.normal(per_step[2], (3,)))
print("reuse repeats:", reuse_repeats, "| split streams differ:", split_differ)
print("split(key, 4)[2] == fold_in(key, 2):", bool(jax.random.split(key, 4)[2] == per_step[2]))
print("legacy key, same numbers:", bool((jax.random.normal(raw, (3,)) == a).all()))
print("device:", jax.default_backend())
