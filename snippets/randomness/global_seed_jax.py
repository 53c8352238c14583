import jax
import numpy as np

np.set_printoptions(precision=4)


def draw(key):  # takes the state and returns the next one: nothing is hidden
    key, subkey = jax.random.split(key)
    return key, jax.random.uniform(subkey, (3,))


key = jax.random.key(0)
key, first = draw(key)
key, second = draw(key)  # the new key, so new numbers
_, again = draw(jax.random.key(0))  # "re-seeding" is making a new key

differs = not bool((first == second).all())
restored = bool((first == again).all())
print("first: ", first)
print("second:", second)
print("again: ", again)
print("second call differs:", differs)
print("re-seeding restores:", restored)
print("device:", jax.default_backend())
