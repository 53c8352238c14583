import jax
import jax.numpy as jnp

x = jnp.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0]])
y = jnp.array([1.0, 2.0, 3.0, 4.0])
w = jnp.array([0.5, -0.25])
b = jnp.float32(0.5)


def loss_fn(w, b):
    return jnp.mean((x @ w + b - y) ** 2)


loss = loss_fn(w, b)
grad_w, grad_b = jax.grad(loss_fn, argnums=(0, 1))(w, b)  # one gradient per argnum
print("loss:", loss)
print("dL/dw:", grad_w, "| dL/db:", grad_b)
params = {"w": w, "b": b}  # any pytree of arrays works too
grads = jax.grad(lambda p: loss_fn(p["w"], p["b"]))(params)
print("as a pytree:", grads)
print("device:", jax.default_backend())
