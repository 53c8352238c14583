import random

import jax
import numpy as np

np.set_printoptions(precision=4)

random.seed(0)  # Python and NumPy still hold global state
np.random.seed(0)
key = jax.random.key(0)  # JAX holds none: the key is the seed
py_draw = random.random()
np_draw = np.random.rand(2)
fw_draw = jax.random.uniform(key, (2,))
print(f"Python random: {py_draw:.4f}")
print("NumPy global: ", np_draw)
print("jax.random:   ", fw_draw)
print("device:", jax.default_backend())
