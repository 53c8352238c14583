import jax
import jax.numpy as jnp


def mlp(x, w1, w2):
    h = jax.nn.relu(x @ w1)
    return (h @ w2) * 0.5 + 1.0


x = jnp.arange(-6.0, 6.0).reshape(3, 4)
w1 = jnp.arange(-4.0, 4.0).reshape(4, 2)
w2 = jnp.array([[1.0], [-1.0]])

print(jax.make_jaxpr(mlp)(x, w1, w2))  # what jax.jit traces and hands to XLA
out = jax.jit(mlp)(x, w1, w2)
print("out:", out.ravel(), "| device:", jax.default_backend())
