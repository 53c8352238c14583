import jax
import jax.numpy as jnp


@jax.jit
def f(x):
    h = x * 2
    print("  print: h =", h)  # at trace time h is a tracer: shape and dtype, no values
    jax.debug.print("  jax.debug.print: h = {}", h)  # runs with the values
    return h + 1


results = [f(jnp.array([1.0, 2.0, 3.0])), f(jnp.array([4.0, 5.0, 6.0]))]
jax.effects_barrier()  # wait until every debug print has been written
print("results:", [r.tolist() for r in results], "| device:", jax.default_backend())
