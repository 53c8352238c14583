import jax
import jax.numpy as jnp

traces = 0


@jax.jit
def f(x):
    global traces
    traces += 1  # Python code: runs only while tracing
    return x * 2 + 1


history, results = [], []
for n in [2, 2, 3, 4, 5]:
    results.append(f(jnp.arange(n, dtype=jnp.float32)))
    history.append(traces)
print("traces after each call:", history)
print("results:", [r.tolist() for r in results], "| device:", jax.default_backend())
