import jax
import jax.numpy as jnp


def affine(w, b, x):  # written for one example: x has shape (3,)
    return w @ x + b


W = jnp.array([[1.0, 0.0, -1.0], [2.0, 1.0, 0.0]])  # (2, 3)
b = jnp.array([0.5, -1.0])
X = jnp.arange(12.0).reshape(4, 3)  # a batch of 4 examples
Ws = jnp.stack([W, 2 * W, -W, W + 1])  # one weight matrix per example: (4, 2, 3)

y_shared = jax.vmap(affine, in_axes=(None, None, 0))(W, b, X)  # map x, broadcast W and b
y_per_example = jax.vmap(affine, in_axes=(0, None, 0))(Ws, b, X)  # map W and x together
y_out_axes = jax.vmap(affine, in_axes=(None, None, 0), out_axes=1)(W, b, X)  # batch axis last

print("shared weights (4, 2):\n", y_shared, sep="")
print("same as X @ W.T + b:", bool((y_shared == X @ W.T + b).all()))
print("per-example weights:\n", y_per_example, sep="")
print("out_axes=1 gives shape", y_out_axes.shape)
print("device:", jax.default_backend())
