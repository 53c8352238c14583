import numpy as np
import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
rng = np.random.default_rng(0)
w0 = rng.standard_normal(6).astype(np.float32)
g = np.array([1.0, -0.5, 1e-3, -1e-5, 1e-6, 0.0], dtype=np.float32)

p = torch.nn.Parameter(torch.tensor(w0, device=device))
opt = torch.optim.AdamW([p], lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.01)
p.grad = torch.tensor(g, device=device)
opt.step()
w = p.detach().cpu().numpy()
print("w after one step:", np.round(w, 6))
print("device:", device)
