import jax
import jax.numpy as jnp


def mlp(x, w1, w2):
    h = jax.nn.relu(x @ w1)
    return (h @ w2) * 0.5 + 1.0


x = jnp.arange(-6.0, 6.0).reshape(3, 4)
w1 = jnp.arange(-4.0, 4.0).reshape(4, 2)
w2 = jnp.array([[1.0], [-1.0]])

eager = mlp(x, w1, w2)
compiled_mlp = jax.jit(mlp)  # traces to a jaxpr, compiled by XLA
compiled = compiled_mlp(x, w1, w2)

print("eager:   ", eager.ravel())
print("compiled:", compiled.ravel())
print("same values:", bool((eager == compiled).all()))
print("device:", jax.default_backend())
