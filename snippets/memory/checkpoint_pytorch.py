import numpy as np
import torch
from torch.utils.checkpoint import checkpoint

device = "cuda" if torch.cuda.is_available() else "cpu"

rng = np.random.default_rng(0)
x = torch.from_numpy(rng.standard_normal((8, 16), dtype=np.float32)).to(device)
weights = [
    torch.from_numpy(rng.standard_normal(shape, dtype=np.float32) / 4).to(device)
    for _ in range(3)
    for shape in ((16, 64), (64, 16))
]


def block(h, w1, w2):  # a residual MLP block: its 64-wide hidden layer is what we save
    return h + torch.tanh(h @ w1) @ w2


def grads(remat):
    ws = [w.clone().requires_grad_() for w in weights]
    h = x
    for w1, w2 in zip(ws[::2], ws[1::2], strict=True):
        h = checkpoint(block, h, w1, w2, use_reentrant=False) if remat else block(h, w1, w2)
    (h**2).mean().backward()
    return [w.grad.cpu().numpy() for w in ws]


plain = grads(remat=False)
remat = grads(remat=True)
max_diff = max(float(np.max(np.abs(a - b))) for a, b in zip(plain, remat, strict=True))
result = remat

print("gradients:", len(remat), "arrays, first row of the first:")
print(np.round(remat[0][0, :4], 4))
print("largest difference from no checkpointing:", max_diff)
print("device:", device)
