import jax
import jax.numpy as jnp
import numpy as np
from flax import nnx

w1 = np.array([[1, 0, 2], [0, 1, 1], [1, 1, 0], [2, 0, 1]], np.float32)  # (in, out)
w2 = np.array([[1, -1], [2, 0], [0, 1]], np.float32)
x = jnp.array([[1 + 1 / 256, 2.0, -1.0, 0.5]])

rngs = nnx.Rngs(0)
# dtype: what the layer computes in; param_dtype: what it stores
hidden = nnx.Linear(4, 3, use_bias=False, dtype=jnp.bfloat16, param_dtype=jnp.float32, rngs=rngs)
head = nnx.Linear(3, 2, use_bias=False, dtype=jnp.float32, rngs=rngs)  # the output in float32
hidden.kernel[...] = w1  # replace the random initial weights
head.kernel[...] = w2

h = nnx.relu(hidden(x))  # the layer casts x and its kernel to bfloat16
y_mixed = head(h)
y_fp32 = nnx.relu(x @ w1) @ w2  # plain ops on float32 inputs: float32 throughout

print("hidden: weights", hidden.kernel.dtype, "| output", h.dtype)
print("head:   weights", head.kernel.dtype, "| output", y_mixed.dtype)
print("mixed   y =", y_mixed.tolist(), "| device:", jax.default_backend())
print("float32 y =", y_fp32.tolist())
