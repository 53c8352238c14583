import jax
import jax.numpy as jnp

from_list = jnp.array([[1, 2, 3], [4, 5, 6]])
zeros = jnp.zeros((2, 3))
ones = jnp.ones((2, 3))
steps = jnp.arange(0, 10, 2)
grid = jnp.linspace(0, 1, 5)
sevens = jnp.full((2, 2), 7.0)

for name, t in [
    ("from_list", from_list),
    ("zeros", zeros),
    ("ones", ones),
    ("steps", steps),
    ("grid", grid),
    ("sevens", sevens),
]:
    print(f"{name:<9} {str(t.dtype):<7} {str(t.shape):<6} {t.tolist()}")
print("device:", jax.default_backend())
