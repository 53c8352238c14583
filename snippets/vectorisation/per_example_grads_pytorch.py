import numpy as np
import torch
from torch import nn
from torch.func import functional_call, grad, vmap

device = "cuda" if torch.cuda.is_available() else "cpu"
rng = np.random.default_rng(0)
X, Y = rng.standard_normal((8, 3), np.float32), rng.standard_normal(8, np.float32)
W1, b1 = rng.standard_normal((3, 4), np.float32), rng.standard_normal(4, np.float32)
W2, b2 = rng.standard_normal((4, 1), np.float32), rng.standard_normal(1, np.float32)

model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1)).to(device)
arrays = {"0.weight": W1.T, "0.bias": b1, "2.weight": W2.T, "2.bias": b2}  # (out, in)
params = {name: torch.tensor(a, device=device) for name, a in arrays.items()}
X, Y = torch.tensor(X, device=device), torch.tensor(Y, device=device)


def loss(params, x, y):  # one example: x has shape (3,), y is a scalar
    pred = functional_call(model, params, (x,))
    return ((pred - y) ** 2).sum()


per_example = vmap(grad(loss), in_dims=(None, 0, 0))(params, X, Y)  # share params, map x, y
loop = [grad(loss)(params, X[i], Y[i]) for i in range(8)]  # the slow way: one call each
stacked = {k: torch.stack([g[k] for g in loop]) for k in params}
loop_diff = max(float((per_example[k] - stacked[k]).abs().max()) for k in params)

grads = [per_example[k].mT if k.endswith("weight") else per_example[k] for k in params]
norms = torch.sqrt(sum((g.flatten(1) ** 2).sum(1) for g in grads))
print({k: tuple(v.shape) for k, v in per_example.items()})
print("per-example gradient norms:", norms.cpu().numpy().round(4))
print("matches the loop (within 1e-6):", loop_diff <= 1e-6)
print("device:", norms.device.type)
