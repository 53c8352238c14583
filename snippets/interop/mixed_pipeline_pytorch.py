import jax
import jax.numpy as jnp
import torch
from torch.utils.data import DataLoader, TensorDataset

features = torch.arange(24, dtype=torch.float32).reshape(12, 2) / 24
targets = features @ torch.tensor([2.0, -1.0]) + 0.5
loader = DataLoader(TensorDataset(features, targets), batch_size=4)  # fixed order


@jax.jit
def sgd_step(params, x, y):  # a JAX training step: plain SGD on a linear model
    def loss(p):
        return jnp.mean((x @ p["w"] + p["b"] - y) ** 2)

    grads = jax.grad(loss)(params)
    return jax.tree.map(lambda p, g: p - 0.5 * g, params, grads)


def to_jax(t):  # no copy on a CPU; on a GPU machine, a copy to the GPU
    return jnp.from_dlpack(t, device=jax.devices()[0])


params = {"w": jnp.zeros(2), "b": jnp.zeros(())}
num_steps = 0
for _epoch in range(3):
    for xb, yb in loader:
        x, y = to_jax(xb), to_jax(yb)
        params = sgd_step(params, x, y)
        num_steps += 1

w, b = params["w"], params["b"]
print("DataLoader yields", type(xb).__name__, "| JAX step gets", type(x).__name__)
print(f"after {num_steps} steps: w = {w.round(4)}, b = {b:.4f}")
print("step device:", jax.default_backend())
