import jax
import jax.numpy as jnp
import torch
from torch.utils.data import DataLoader, TensorDataset

features = torch.arange(20, dtype=torch.float32).reshape(10, 2)  # sample i is [2i, 2i+1]
labels = torch.arange(10) % 2
dataset = TensorDataset(features, labels)
loader = DataLoader(dataset, batch_size=4, shuffle=True, generator=torch.Generator().manual_seed(0))


@jax.jit
def step(x, y):  # stands in for a JAX training step
    return jnp.sum(x.sum(axis=1) * y)


total = 0.0
for xb, yb in loader:
    total += step(xb.numpy(), yb.numpy())  # jit rejects torch.Tensor: hand it NumPy

print("loader yields:", type(xb).__name__, "| step gets:", type(xb.numpy()).__name__)
print("total:", total, "| JAX backend:", jax.default_backend())
