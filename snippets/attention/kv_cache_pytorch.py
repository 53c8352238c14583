import numpy as np
import torch
import torch.nn.functional as F

device = "cuda" if torch.cuda.is_available() else "cpu"
rng = np.random.default_rng(0)
shapes = dict(wq=(16, 16), wk=(16, 8), wv=(16, 8), wo=(16, 16))  # 4 query heads, 2 K/V heads
W = {
    n: torch.from_numpy(rng.standard_normal(s, dtype=np.float32) / 4).to(device)
    for n, s in shapes.items()
}
x = torch.from_numpy(rng.standard_normal((2, 6, 16), dtype=np.float32)).to(device)
B, T, S_MAX = 2, 6, 8  # the cache holds up to 8 positions


def rope(x, pos, base=10000.0):  # x: (B, T, N, H), as in the RoPE example
    half = x.shape[-1] // 2
    freqs = base ** (-torch.arange(half, dtype=torch.float32, device=x.device) / half)
    angles = pos[:, None].float() * freqs  # (T, H/2)
    cos, sin = angles.cos()[:, None, :], angles.sin()[:, None, :]  # broadcast over heads
    x1, x2 = x[..., :half], x[..., half:]
    return torch.cat([x1 * cos - x2 * sin, x2 * cos + x1 * sin], dim=-1)


def project(x, pos):  # (B, t, 16) -> q (B, t, 4, 4) and k, v (B, t, 2, 4), RoPE at `pos`
    q = rope((x @ W["wq"]).view(B, -1, 4, 4), pos)
    return q, rope((x @ W["wk"]).view(B, -1, 2, 4), pos), (x @ W["wv"]).view(B, -1, 2, 4)


def attend(q, k, v, **mask):  # (B, T, N, H) in, (B, T, 16) out
    q, k, v = (a.transpose(1, 2) for a in (q, k, v))
    a = F.scaled_dot_product_attention(q, k, v, enable_gqa=True, **mask)
    return a.transpose(1, 2).reshape(B, -1, 16) @ W["wo"]


full = attend(*project(x, torch.arange(T, device=device)), is_causal=True)  # one call

k_cache = torch.zeros(B, S_MAX, 2, 4, device=device)
v_cache = torch.zeros(B, S_MAX, 2, 4, device=device)
steps = []
for t in range(T):  # one token at a time, as a decoder generates
    q, k, v = project(x[:, t : t + 1], torch.tensor([t], device=device))
    k_cache[:, t], v_cache[:, t] = k[:, 0], v[:, 0]  # write slot t in place
    filled = (torch.arange(S_MAX, device=device) <= t)[None, None, None, :]  # True = attend
    steps.append(attend(q, k_cache, v_cache, attn_mask=filled))
steps = torch.cat(steps, dim=1).cpu().numpy()
max_diff_vs_full = float(np.abs(steps - full.cpu().numpy()).max())
print("cache (B, S_MAX, K/V heads, H):", tuple(k_cache.shape))
print("steps[1, :, 0]:", np.round(steps[1, :, 0], 4))
print("cached steps equal the full pass, to 1e-5:", max_diff_vs_full < 1e-5)
print("device:", device)
