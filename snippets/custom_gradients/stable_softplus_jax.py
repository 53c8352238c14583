import jax
import jax.numpy as jnp
import numpy as np

np.set_printoptions(precision=4, suppress=True)


@jax.custom_jvp
def softplus(x):
    return jnp.maximum(x, 0.0) + jnp.log1p(jnp.exp(-jnp.abs(x)))


@softplus.defjvp
def softplus_jvp(primals, tangents):  # forward rule; jax.grad transposes it
    (x,), (x_dot,) = primals, tangents
    return softplus(x), jax.nn.sigmoid(x) * x_dot


def naive_fn(x):
    return jnp.log1p(jnp.exp(x))


def stable_fn(x):  # same formula as softplus, no rule
    return jnp.maximum(x, 0.0) + jnp.log1p(jnp.exp(-jnp.abs(x)))


x = jnp.array([-50.0, -1.0, 0.0, 1.0, 50.0, 100.0])
naive, naive_grad = naive_fn(x), jax.grad(lambda x: naive_fn(x).sum())(x)
y, grad = softplus(x), jax.grad(lambda x: softplus(x).sum())(x)
plain_grad = jax.grad(lambda x: stable_fn(x).sum())(x)
_, forward_mode = jax.jvp(softplus, (x,), (jnp.ones_like(x),))

with jax.enable_x64(True):
    x64, h = x.astype(jnp.float64), 1e-6
    fd = (softplus(x64 + h) - softplus(x64 - h)) / (2 * h)
    fd_error = float(jnp.max(jnp.abs(grad.astype(jnp.float64) - fd)))

print("naive value: ", np.asarray(naive))
print("naive grad:  ", np.asarray(naive_grad))
print("custom value:", np.asarray(y))
print("custom grad: ", np.asarray(grad))
print("plain autodiff of the stable formula at x=0:", float(plain_grad[2]))
print("jax.jvp (forward mode):", np.asarray(forward_mode))
print("agrees with float64 finite differences to 1e-6:", fd_error <= 1e-6)
print("device:", jax.default_backend())
