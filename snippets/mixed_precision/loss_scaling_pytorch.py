import numpy as np
import torch
import torch.nn.functional as F

device = "cuda" if torch.cuda.is_available() else "cpu"

rng = np.random.default_rng(0)
x = torch.from_numpy(rng.integers(-1, 2, (256, 4)).astype(np.float32)).to(device)
w = torch.tensor([[0.5], [-1.0], [0.25], [2.0]], device=device, requires_grad=True)  # float32
y = x @ w.detach() + 2**-20  # the model is off by about 1e-6, so its gradient is tiny


def gradient(dtype, scale):
    with torch.autocast(device_type=device, dtype=dtype, enabled=dtype != torch.float32):
        loss = F.mse_loss(x @ w, y)  # the matmul in dtype, the loss in float32
    (loss * scale).backward()  # every gradient in the backward pass is `scale` times larger
    g = w.grad.flatten() / scale  # unscale in float32
    w.grad = None
    return g


grad_fp32 = gradient(torch.float32, scale=1.0)
grad_fp16 = gradient(torch.float16, scale=1.0)  # underflows to zero
grad_scaled = gradient(torch.float16, scale=2.0**16)
grad_bf16 = gradient(torch.bfloat16, scale=1.0)  # float32's exponent range: no underflow

grads = {
    "float32": grad_fp32,
    "float16": grad_fp16,
    "float16, scaled": grad_scaled,
    "bfloat16": grad_bf16,
}
for name, g in grads.items():
    print(f"{name:16}", [f"{v:.3g}" for v in g.tolist()])
print("device:", device)
