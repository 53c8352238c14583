import numpy as np
import torch
import torch.nn.functional as F

device = "cuda" if torch.cuda.is_available() else "cpu"
rng = np.random.default_rng(0)
q, k, v = (rng.standard_normal((2, 5, 2, 4), dtype=np.float32) for _ in range(3))  # (B, T, N, H)
lengths = np.array([5, 3])  # the second sequence ends in 2 padding tokens

# PyTorch wants (B, N, T, H): swap the sequence and head axes on the way in and out.
q, k, v = (torch.from_numpy(a).to(device).transpose(1, 2) for a in (q, k, v))
valid = torch.arange(5, device=device) < torch.from_numpy(lengths).to(device)[:, None]
mask = valid[:, None, None, :]  # (B, 1, 1, S): True = may attend
out_causal = F.scaled_dot_product_attention(q, k, v, is_causal=True)
out_padded = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
bias = torch.zeros(mask.shape, device=device).masked_fill(~mask, float("-inf"))
out_additive = F.scaled_dot_product_attention(q, k, v, attn_mask=bias)  # float mask is added

out_causal = out_causal.transpose(1, 2).cpu().numpy()  # back to (B, T, N, H)
out_padded = out_padded.transpose(1, 2).cpu().numpy()
additive_vs_bool = float(np.abs(out_additive.transpose(1, 2).cpu().numpy() - out_padded).max())
print("causal, sequence 0, head 0, dim 0:", np.round(out_causal[0, :, 0, 0], 4))
print("padded, sequence 1, head 0, dim 0:", np.round(out_padded[1, :, 0, 0], 4))
print("additive mask vs boolean mask, max difference:", additive_vs_bool)
print("device:", device)
