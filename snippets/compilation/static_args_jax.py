import jax
import jax.numpy as jnp

traces = 0


def power(x, n):
    global traces
    traces += 1
    y = x
    for _ in range(n - 1):  # needs a concrete Python int
        y = y * x
    return y


x = jnp.array([1.0, 2.0, 3.0])
try:
    jax.jit(power)(x, 3)
except jax.errors.TracerIntegerConversionError as error:
    print("jit without static n:", type(error).__name__)

static_power = jax.jit(power, static_argnames="n")  # n is hashed into the cache key
traces, history, results = 0, [], []
for n in [2, 3, 3, 4]:
    results.append(static_power(x, n=n))
    history.append(traces)
print("static n, traces after each call:", history)


@jax.jit
def loop_power(x, n):  # n stays traced: the loop becomes a while loop in the graph
    return jax.lax.fori_loop(0, n - 1, lambda i, y: y * x, x)


print("fori_loop:", [loop_power(x, n).tolist() for n in [2, 3, 3, 4]])
print("results:", [r.tolist() for r in results], "| device:", jax.default_backend())
