import jax
import jax.numpy as jnp


def g(x):  # R^3 -> R^2
    return jnp.stack([x[0] * x[1], x[1] * x[2] ** 2])


def h(x):  # R^3 -> R
    return x[0] ** 2 * x[1] + x[1] * x[2] ** 3


x = jnp.array([1.0, 2.0, 3.0])
jac = jax.jacrev(g)(x)  # row by row: one VJP per output
jac_fwd = jax.jacfwd(g)(x)  # column by column: one JVP per input
hess = jax.hessian(h)(x)  # jacfwd(jacrev(h))

print("Jacobian (2x3):\n", jac, sep="")
print("jacfwd agrees:", bool(jnp.array_equal(jac, jac_fwd)))
print("Hessian (3x3):\n", hess, sep="")
print("device:", jax.default_backend())
