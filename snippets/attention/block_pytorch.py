import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
rng = np.random.default_rng(0)
shapes = {"wq": (16, 16), "wk": (16, 8), "wv": (16, 8), "wo": (16, 16)}  # (in, out)
shapes |= {"gate": (16, 32), "up": (16, 32), "down": (32, 16)}  # the SwiGLU feed-forward
W = {n: rng.standard_normal(s, dtype=np.float32) / s[0] ** 0.5 for n, s in shapes.items()}
x = rng.standard_normal((2, 6, 16), dtype=np.float32)


def rope(x, pos, base=10000.0):  # x: (B, T, N, H), as in the RoPE example
    half = x.shape[-1] // 2
    freqs = base ** (-torch.arange(half, dtype=torch.float32, device=x.device) / half)
    angles = pos[:, None].float() * freqs  # (T, H/2)
    cos, sin = angles.cos()[:, None, :], angles.sin()[:, None, :]  # broadcast over heads
    x1, x2 = x[..., :half], x[..., half:]
    return torch.cat([x1 * cos - x2 * sin, x2 * cos + x1 * sin], dim=-1)


class Block(nn.Module):  # pre-norm: x + attention(norm(x)), then x + mlp(norm(x))
    def __init__(self):
        super().__init__()
        self.norm1, self.norm2 = nn.RMSNorm(16, eps=1e-6), nn.RMSNorm(16, eps=1e-6)
        for name, (n_in, n_out) in shapes.items():
            setattr(self, name, nn.Linear(n_in, n_out, bias=False))

    def forward(self, x):
        B, T, _ = x.shape
        h, pos = self.norm1(x), torch.arange(T, device=x.device)
        q = rope(self.wq(h).view(B, T, 4, 4), pos).transpose(1, 2)  # 4 query heads
        k = rope(self.wk(h).view(B, T, 2, 4), pos).transpose(1, 2)  # 2 K/V heads
        v = self.wv(h).view(B, T, 2, 4).transpose(1, 2)
        a = F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=True)
        x = x + self.wo(a.transpose(1, 2).reshape(B, T, 16))
        h = self.norm2(x)
        return x + self.down(F.silu(self.gate(h)) * self.up(h))  # SwiGLU feed-forward


block = Block().to(device)
with torch.no_grad():
    for name, w in W.items():
        getattr(block, name).weight.copy_(torch.from_numpy(w.T))  # Linear stores (out, in)
    y = block(torch.from_numpy(x).to(device)).cpu().numpy()
n_params = sum(p.numel() for p in block.parameters())
print("parameters:", n_params)
print("y[0, -1, :6]:", np.round(y[0, -1, :6], 4))
print("device:", device)
