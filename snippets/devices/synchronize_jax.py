import time

import jax
import jax.numpy as jnp

matmul = jax.jit(lambda a: a @ a)

x = jnp.full((512, 512), 0.5)
matmul(x).block_until_ready()  # warm-up: the first call compiles
start = time.perf_counter()
y = matmul(x)  # returns as soon as the work is dispatched, on every backend
y.block_until_ready()  # wait for the result; returns y itself
elapsed = time.perf_counter() - start  # timings vary, so they are not printed here

total = float(y.sum())  # float() needs the value, so it waits too
print("y[0, 0] =", float(y[0, 0]), "| sum =", total, "| device:", jax.default_backend())
