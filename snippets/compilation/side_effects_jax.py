import jax
import jax.numpy as jnp

calls = 0


@jax.jit
def f(x):
    global calls
    calls += 1  # Python code: runs while tracing only
    print("  Python print")
    jax.debug.print("  jax.debug.print")  # staged into the computation: runs every call
    return x * 2 + 1


results = []
for n in [2, 2, 3]:
    print(f"call with shape ({n},)")
    results.append(f(jnp.ones(n)).block_until_ready())
print("calls counted:", calls)
print("results:", [r.tolist() for r in results], "| device:", jax.default_backend())
