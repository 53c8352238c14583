import jax
import jax.numpy as jnp
import numpy as np

np.set_printoptions(precision=4, suppress=True)

A = jnp.array([[3.0, 1.0, 4.0], [1.0, 5.0, 9.0]])
U, S, Vh = jnp.linalg.svd(A, full_matrices=False)  # NumPy's contract: (U, S, Vh)
singular_values = S
rebuilt = U @ jnp.diag(S) @ Vh
abs_v = jnp.abs(Vh.T)  # V, with each column's arbitrary sign removed

print("jnp.linalg.svd -> U, S, Vh shapes:", U.shape, S.shape, Vh.shape)
print("singular values:", np.asarray(S))
print("rebuilt:\n", np.asarray(rebuilt))
print("default full_matrices=True gives Vh of shape", jnp.linalg.svd(A).Vh.shape)
print("device:", jax.default_backend())
