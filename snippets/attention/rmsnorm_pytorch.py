import numpy as np
import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
rng = np.random.default_rng(0)
x = rng.standard_normal((2, 3, 8), dtype=np.float32)
scale = 1 + rng.standard_normal(8, dtype=np.float32) / 10

norm = nn.RMSNorm(8, eps=1e-6).to(device)  # default eps=None: torch.finfo(dtype).eps
with torch.no_grad():
    norm.weight.copy_(torch.from_numpy(scale))
    y = norm(torch.from_numpy(x).to(device)).cpu().numpy()
by_hand = x / np.sqrt((x**2).mean(-1, keepdims=True) + 1e-6) * scale
print("default eps:", nn.RMSNorm(8).eps, "->", torch.finfo(torch.float32).eps)
print("parameter: weight", tuple(norm.weight.shape))
print("y[0, 0]:", np.round(y[0, 0], 4))
max_diff_formula = float(np.abs(y - by_hand).max())
print("matches the formula to 1e-6:", max_diff_formula < 1e-6)
print("device:", device)
