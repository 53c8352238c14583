import numpy as np
import torch
from safetensors.numpy import save_file
from safetensors.torch import load_file
from torch import nn

# nn.MultiheadAttention's own layout: q, k and v projections packed in one (3 * 16, 16) weight.
rng = np.random.default_rng(2)
save_file(
    {
        "in_proj_weight": rng.standard_normal((48, 16), dtype=np.float32) / 4,
        "in_proj_bias": rng.standard_normal(48, dtype=np.float32) / 10,
        "out_proj.weight": rng.standard_normal((16, 16), dtype=np.float32) / 4,
        "out_proj.bias": rng.standard_normal(16, dtype=np.float32) / 10,
    },
    "attention.safetensors",
)
x = rng.standard_normal((2, 5, 16), dtype=np.float32)

device = "cuda" if torch.cuda.is_available() else "cpu"
attn = nn.MultiheadAttention(16, num_heads=4, batch_first=True).to(device)
attn.load_state_dict(load_file("attention.safetensors", device=device))  # the names match
with torch.no_grad():
    y, _ = attn(*[torch.from_numpy(x).to(device)] * 3, need_weights=False)
y = y.cpu().numpy()
print({name: tuple(p.shape) for name, p in attn.named_parameters()})
print("y[0, 0, :6]:", np.round(y[0, 0, :6], 4))
print("device:", device)
