import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"


class EncoderBlock(nn.Module):  # post-norm Transformer encoder block
    def __init__(self, dim=16, heads=4, hidden=32):
        super().__init__()
        self.attn = nn.MultiheadAttention(dim, heads, batch_first=True)  # default: (T, N, E)
        self.norm1 = nn.LayerNorm(dim)
        self.ff = nn.Sequential(nn.Linear(dim, hidden), nn.ReLU(), nn.Linear(hidden, dim))
        self.norm2 = nn.LayerNorm(dim)

    def forward(self, x, padding):  # padding: True = ignore that key
        a, weights = self.attn(x, x, x, key_padding_mask=padding, average_attn_weights=False)
        h = self.norm1(x + a)
        return self.norm2(h + self.ff(h)), weights


rng = np.random.default_rng(0)
x = torch.tensor(rng.standard_normal((2, 5, 16), dtype=np.float32), device=device)
valid = torch.arange(5) < torch.tensor([[5], [3]])  # the second sequence has 2 padding steps
block = EncoderBlock().to(device).eval()
with torch.no_grad():
    y, weights = block(x, padding=~valid.to(device))

print("device:", device)
print({name: tuple(p.shape) for name, p in block.attn.named_parameters()})
n_params = sum(p.numel() for p in block.parameters())
padded_weight = weights[1, :, :, 3:].sum().item()  # attention paid to the padded keys
print("output:", tuple(y.shape), "| weights (N, heads, T, S):", tuple(weights.shape))
print("parameters:", n_params, "| weight on padding:", padded_weight)
