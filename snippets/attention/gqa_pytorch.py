import numpy as np
import torch
import torch.nn.functional as F

device = "cuda" if torch.cuda.is_available() else "cpu"
rng = np.random.default_rng(0)
q = rng.standard_normal((2, 5, 4, 4), dtype=np.float32)  # 4 query heads, (B, T, N, H)
k, v = (rng.standard_normal((2, 5, 2, 4), dtype=np.float32) for _ in range(2))  # 2 K/V heads

q, k, v = (torch.from_numpy(a).to(device).transpose(1, 2) for a in (q, k, v))  # (B, N, T, H)
out = F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=True)
out = out.transpose(1, 2).cpu().numpy()

# The same as plain multi-head attention with each K/V head used by 2 neighbouring query heads.
k2, v2 = k.repeat_interleave(2, dim=1), v.repeat_interleave(2, dim=1)
by_repeat = F.scaled_dot_product_attention(q, k2, v2, is_causal=True).transpose(1, 2)
max_diff_vs_repeat = float(np.abs(out - by_repeat.cpu().numpy()).max())
try:
    F.scaled_dot_product_attention(q, k, v, is_causal=True)  # without enable_gqa
except RuntimeError as error:
    print("without enable_gqa:", type(error).__name__)
print("output (B, T, N, H):", out.shape)
print("out[0, 4, :, 0] (one value per query head):", np.round(out[0, 4, :, 0], 4))
print("equal to repeated K/V heads, to 1e-6:", max_diff_vs_repeat < 1e-6)
print("device:", device)
