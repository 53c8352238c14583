import jax
import jax.numpy as jnp
import numpy as np

np.set_printoptions(precision=4, suppress=True)


@jax.custom_vjp
def clip_gradient(x, bound):
    return x


def clip_fwd(x, bound):
    return x, bound  # output, and residuals for the backward rule


def clip_bwd(bound, g):
    return jnp.clip(g, -bound, bound), None  # one cotangent per input; None for bound


clip_gradient.defvjp(clip_fwd, clip_bwd)


def f(x):
    return clip_gradient(x, 1.0) ** 2 / 2


def ste_round(x):  # straight-through: round forward, identity backward
    return x + jax.lax.stop_gradient(jnp.round(x) - x)


x = jnp.array([-3.0, -1.25, -0.75, 0.25, 1.25, 3.0])
plain_grad = jax.grad(lambda x: jnp.sum(x**2 / 2))(x)
grad = jax.grad(lambda x: jnp.sum(f(x)))(x)

ste, ste_grad = ste_round(x), jax.grad(lambda x: jnp.sum(ste_round(x)))(x)

with jax.enable_x64(True):
    x64, h = x.astype(jnp.float64), 1e-6
    fd = (f(x64 + h) - f(x64 - h)) / (2 * h)
    fd_error = float(jnp.max(jnp.abs(grad.astype(jnp.float64) - jnp.clip(fd, -1, 1))))

print("plain grad:  ", np.asarray(plain_grad))
print("clipped grad:", np.asarray(grad))
print("straight-through round:", np.asarray(ste), "grad", np.asarray(ste_grad))
print("equals clipped float64 finite differences to 1e-6:", fd_error <= 1e-6)
try:
    jax.jvp(f, (x,), (jnp.ones_like(x),))
except TypeError as error:
    print("jax.jvp:", error)
print("device:", jax.default_backend())
