import os

import numpy as np
import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
if device == "cpu":  # Triton compiles for GPUs; on a CPU its interpreter runs the kernel
    os.environ["TRITON_INTERPRET"] = "1"  # read when triton is first imported

import triton
import triton.language as tl

EPS = 1e-6


@triton.jit
def rmsnorm_kernel(x_ptr, w_ptr, out_ptr, n_cols, BLOCK: tl.constexpr):
    row = tl.program_id(0)  # one program per row
    cols = tl.arange(0, BLOCK)
    mask = cols < n_cols
    x = tl.load(x_ptr + row * n_cols + cols, mask=mask, other=0.0)
    w = tl.load(w_ptr + cols, mask=mask, other=0.0)
    mean_square = tl.sum(x * x, axis=0) / n_cols
    tl.store(out_ptr + row * n_cols + cols, x / tl.sqrt(mean_square + EPS) * w, mask=mask)


def rmsnorm_fused(x, w):
    rows, cols = x.shape
    out = torch.empty_like(x)
    rmsnorm_kernel[(rows,)](x, w, out, cols, BLOCK=triton.next_power_of_2(cols))
    return out


def rmsnorm_plain(x, w):
    return x * torch.rsqrt(x.pow(2).mean(dim=-1, keepdim=True) + EPS) * w


rng = np.random.default_rng(0)
x = torch.from_numpy(rng.standard_normal((64, 256), dtype=np.float32)).to(device)
w = torch.from_numpy(1 + 0.1 * rng.standard_normal(256, dtype=np.float32)).to(device)

result = rmsnorm_fused(x, w)
max_diff = (result - rmsnorm_plain(x, w)).abs().max().item()
print("kernel:", "Triton, compiled" if device == "cuda" else "Triton's interpreter")
print("same as the plain version within 1e-6:", max_diff <= 1e-6)
print("row 0, first 4:", np.round(result[0, :4].cpu().numpy(), 4))
print("device:", device)
