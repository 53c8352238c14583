import jax
import jax.numpy as jnp


def g(x):  # R^3 -> R^2
    return jnp.stack([x[0] * x[1], x[1] * x[2] ** 2])


x = jnp.array([1.0, 2.0, 3.0])
v = jnp.array([1.0, 0.0, -1.0])  # tangent: a direction in input space
u = jnp.array([1.0, 2.0])  # cotangent: weights on the outputs

y, jvp_out = jax.jvp(g, (x,), (v,))  # J @ v, forward mode
y, vjp_fn = jax.vjp(g, x)  # runs g forward, returns the backward function
(vjp_out,) = vjp_fn(u)  # u @ J, reverse mode

print("g(x):", y)
print("J @ v:", jvp_out)
print("u @ J:", vjp_out)
print("device:", jax.default_backend())
