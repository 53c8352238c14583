import numpy as np
import torch

device = "cuda" if torch.cuda.is_available() else "cpu"


def rope(x, pos, base=10000.0):  # x: (B, T, N, H); rotates dims i and i + H/2 together
    half = x.shape[-1] // 2
    freqs = base ** (-torch.arange(half, dtype=torch.float32, device=x.device) / half)
    angles = pos[:, None].float() * freqs  # (T, H/2)
    cos, sin = angles.cos()[:, None, :], angles.sin()[:, None, :]  # broadcast over heads
    x1, x2 = x[..., :half], x[..., half:]
    return torch.cat([x1 * cos - x2 * sin, x2 * cos + x1 * sin], dim=-1)


rng = np.random.default_rng(0)
x = torch.from_numpy(rng.standard_normal((1, 8, 2, 8), dtype=np.float32)).to(device)
rotated = rope(x, torch.arange(8, device=device)).cpu().numpy()
q, k = x[:, :1], x[:, 1:2]  # one query vector and one key vector, (1, 1, 2, 8)


def score(m, n):  # query at position m, key at position n, head 0
    m, n = torch.tensor([m], device=device), torch.tensor([n], device=device)
    return (rope(q, m) * rope(k, n))[0, 0, 0].sum().item()


print("rotated[0, 3, 0]:", np.round(rotated[0, 3, 0], 4))
print("norm kept:", np.allclose(np.linalg.norm(rotated, axis=-1), x.norm(dim=-1).cpu(), atol=1e-5))
scores = [score(2, 0), score(7, 5), score(5, 7)]
print("score(2, 0), score(7, 5), score(5, 7):", np.round(scores, 4))
print("device:", device)
