import jax
import jax.numpy as jnp
import numpy as np

np.set_printoptions(precision=4, suppress=True)

A = jnp.array([[3.0, 1.0], [1.0, 2.0]])
b = jnp.array([9.0, 8.0])
x = jnp.linalg.solve(A, b)  # a 1-D b is fine
A_inv = jnp.linalg.inv(A)

print("x:", x, "| A @ x:", A @ x)
print("inv(A):", A_inv)
print("A @ inv(A) == I:", jnp.allclose(A @ A_inv, jnp.eye(2), atol=1e-6))
print("device:", jax.default_backend())
