import jax
import jax.numpy as jnp


def scale(x):
    if x.sum() > 0:  # Python `if` on a traced value
        return x * 2
    return -x


def positive_sum(x):
    return x[x > 0].sum()  # the shape of x[x > 0] depends on the values


errors = (jax.errors.TracerBoolConversionError, jax.errors.NonConcreteBooleanIndexError)
for f in (scale, positive_sum):
    try:
        jax.jit(f)(jnp.array([1.0, -2.0, 3.0]))
    except errors as e:
        print(f"jit({f.__name__}) fails:", type(e).__name__)


@jax.jit
def scale_jit(x):
    print("  print runs once, at trace time: x =", x)
    jax.debug.print("  jax.debug.print runs every call: sum = {}", x.sum())
    return jnp.where(x.sum() > 0, x * 2, -x)  # both branches computed; or jax.lax.cond


@jax.jit
def positive_sum_jit(x):
    return jnp.where(x > 0, x, 0.0).sum()  # a fixed shape: mask instead of select


xs = [jnp.array([1.0, -2.0, 3.0]), jnp.array([-1.0, -2.0, 0.5])]
results = [scale_jit(x) for x in xs]
sums = [positive_sum_jit(x) for x in xs]
jax.effects_barrier()  # wait for the debug prints
print("results:", [r.tolist() for r in results], "| sums:", [float(s) for s in sums])
print("device:", jax.default_backend())
