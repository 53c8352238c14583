import numpy as np
import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
g1 = np.array([3.0, 0.0, -4.0], dtype=np.float32)  # norm 5
g2 = np.array([[0.3, -0.4], [0.0, 0.0]], dtype=np.float32)  # norm 0.5


def clipped(clip):
    params = [torch.nn.Parameter(torch.zeros(g.shape, device=device)) for g in (g1, g2)]
    for p, g in zip(params, (g1, g2), strict=True):
        p.grad = torch.tensor(g, device=device)
    clip(params)
    return np.concatenate([p.grad.cpu().numpy().ravel() for p in params])


by_global_norm = clipped(lambda ps: torch.nn.utils.clip_grad_norm_(ps, max_norm=1.0))
by_value = clipped(lambda ps: torch.nn.utils.clip_grad_value_(ps, clip_value=0.35))
print("by global norm:", np.round(by_global_norm, 4))
print("by value:      ", np.round(by_value, 4))
print("device:", device)
