import grain
import jax
import jax.numpy as jnp
import numpy as np

features = np.arange(20, dtype=np.float32).reshape(10, 2)  # sample i is [2i, 2i+1]
labels = np.arange(10) % 2
dataset = grain.MapDataset.source(list(zip(features, labels, strict=True))).shuffle(seed=0).batch(4)


@jax.jit
def step(x, y):  # stands in for a JAX training step
    return jnp.sum(x.sum(axis=1) * y)


total = 0.0
for xb, yb in dataset:  # Grain already yields NumPy arrays
    total += step(xb, yb)

print("Grain yields:", type(xb).__name__, "| step gets:", type(xb).__name__)
print("total:", total, "| JAX backend:", jax.default_backend())
