import inspect

import numpy as np
import torch

defaults = inspect.signature(torch.optim.AdamW).parameters
for name in ("lr", "weight_decay", "eps", "betas"):
    print(f"{name}: {defaults[name].default}")

device = "cuda" if torch.cuda.is_available() else "cpu"
w0 = np.ones(4, dtype=np.float32)
g = np.array([1.0, 1e-3, 1e-6, 0.0], dtype=np.float32)

p = torch.nn.Parameter(torch.tensor(w0, device=device))
opt = torch.optim.AdamW([p])
p.grad = torch.tensor(g, device=device)
opt.step()
step = (w0 - p.detach().cpu().numpy()) / 1e-3
print("first step / lr:", np.round(step, 3))
print("device:", device)
