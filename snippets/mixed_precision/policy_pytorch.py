import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"

w1 = np.array([[1, 0, 2], [0, 1, 1], [1, 1, 0], [2, 0, 1]], np.float32)  # (in, out)
w2 = np.array([[1, -1], [2, 0], [0, 1]], np.float32)
hidden = nn.Linear(4, 3, bias=False).to(device)
head = nn.Linear(3, 2, bias=False).to(device)
with torch.no_grad():
    hidden.weight.copy_(torch.from_numpy(w1.T))  # PyTorch stores (out, in)
    head.weight.copy_(torch.from_numpy(w2.T))
x = torch.tensor([[1 + 1 / 256, 2.0, -1.0, 0.5]], device=device)

with torch.autocast(device_type=device, dtype=torch.bfloat16):
    h = F.relu(hidden(x))  # linear is on autocast's list: it runs in bfloat16
    with torch.autocast(device_type=device, enabled=False):
        y_mixed = head(h.float())  # autocast off: plain float32, so cast h yourself
    ops = {
        "matmul": (x @ x.T).dtype,
        "x.sum()": x.sum().dtype,
        "softmax(h)": F.softmax(h, dim=-1).dtype,
        "mse_loss": F.mse_loss(h, h).dtype,
    }
y_fp32 = head(F.relu(hidden(x)))  # outside autocast: float32 throughout

print("inside autocast:", ", ".join(f"{op} {dtype}" for op, dtype in ops.items()))
print("hidden: weights", hidden.weight.dtype, "| output", h.dtype)
print("head:   weights", head.weight.dtype, "| output", y_mixed.dtype)
print("mixed   y =", y_mixed.tolist(), "| device:", y_mixed.device.type)
print("float32 y =", y_fp32.tolist())
