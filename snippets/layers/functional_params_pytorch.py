import numpy as np
import torch
from torch import nn
from torch.func import functional_call

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

rng = np.random.default_rng(0)
x = rng.standard_normal((4, 64), dtype=np.float32)
shapes = [(64, 128), (128,), (128, 10), (10,)]  # kernels as (in, out)
w1, b1, w2, b2 = (0.1 * rng.standard_normal(s, dtype=np.float32) for s in shapes)

model = nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 10)).to(device)
arrays = {"0.weight": w1.T, "0.bias": b1, "2.weight": w2.T, "2.bias": b2}  # weight is (out, in)
params = {name: torch.tensor(a, device=device) for name, a in arrays.items()}

y = functional_call(model, params, torch.tensor(x, device=device), strict=True)

print("parameter names:", list(params))
print("y[0]:", y[0].detach().cpu().numpy().round(4))
print("device:", y.device.type)
