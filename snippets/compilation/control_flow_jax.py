import jax
import jax.numpy as jnp


def f(x):
    if x.sum() > 0:  # a branch on a traced value
        return x * 2
    return x - 1


@jax.jit
def f_cond(x):  # both branches are traced; the choice is made at run time
    return jax.lax.cond(x.sum() > 0, lambda x: x * 2, lambda x: x - 1, x)


pos = jnp.array([1.0, 2.0])
neg = jnp.array([-1.0, -2.0])
try:
    jax.jit(f)(pos)
except jax.errors.TracerBoolConversionError as error:
    print("jax.jit(f):", type(error).__name__)

results = [f_cond(v) for v in (pos, neg)]
where = [jnp.where(v.sum() > 0, v * 2, v - 1) for v in (pos, neg)]  # computes both sides
print("lax.cond: ", [r.tolist() for r in results])
print("jnp.where:", [r.tolist() for r in where])
print("device:", jax.default_backend())
