import jax
import jax.numpy as jnp

a = jnp.array([[1, 2], [3, 4]])  # placed on the default device: GPU if present, else CPU
b = jnp.array([[5, 6], [7, 8]])
product = a @ b  # same as jnp.matmul(a, b)

print(product)
print("dtype:", product.dtype, "| device:", jax.default_backend())
