import importlib.metadata

import jax
import jax.numpy as jnp
from flax import nnx

layer = nnx.Linear(  # JAX's layers come from Flax; nnx is Flax's current API
    3, 2, kernel_init=nnx.initializers.ones, bias_init=nnx.initializers.zeros, rngs=nnx.Rngs(0)
)
y = layer(jnp.array([[1.0, 2.0, 3.0]]))
keras_major = int(importlib.metadata.version("keras").split(".")[0])

print("jax has a bundled Keras:", hasattr(jax, "keras"))
print("installed Keras major version:", keras_major)
has_backend = any(f.match("keras/src/backend/jax/*") for f in importlib.metadata.files("keras"))
print("Keras 3 ships a jax backend:", has_backend)
print("y:", y)
print("device:", jax.default_backend())
