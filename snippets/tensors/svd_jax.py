import jax
import jax.numpy as jnp
import numpy as np

np.set_printoptions(precision=4, suppress=True)

A = jnp.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
U, S, Vh = jnp.linalg.svd(A, full_matrices=False)  # same contract as numpy.linalg.svd
singular_values = S
rebuilt = U @ jnp.diag(S) @ Vh

print("U, S, Vh shapes:", U.shape, S.shape, Vh.shape)
print("singular values:", S)
print("rebuilt:\n", rebuilt)
print("default full_matrices=True gives Vh of shape", jnp.linalg.svd(A).Vh.shape)
print("device:", jax.default_backend())
