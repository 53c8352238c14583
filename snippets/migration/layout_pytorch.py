import numpy as np
import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
rng = np.random.default_rng(0)
x_nhwc = rng.standard_normal((1, 5, 5, 2), dtype=np.float32)  # (batch, height, width, channels)
kernel = rng.standard_normal((3, 3, 2, 4), dtype=np.float32)  # Keras/Flax: (kh, kw, in, out)

linear = nn.Linear(4, 8)
conv = nn.Conv2d(2, 4, kernel_size=3, bias=False).to(device)  # padding=0: "valid"
with torch.no_grad():
    conv.weight.copy_(torch.tensor(kernel.transpose(3, 2, 0, 1)))  # to (out, in, kh, kw)
x = torch.tensor(x_nhwc.transpose(0, 3, 1, 2), device=device)  # channels first: NCHW
y = conv(x)
y_nhwc = y.permute(0, 2, 3, 1)  # back to channels last, to compare

print("Linear(4, 8).weight:", tuple(linear.weight.shape), "(out, in)")
print("Conv2d weight:      ", tuple(conv.weight.shape), "(out, in, kh, kw)")
print("input NCHW", tuple(x.shape), "-> output", tuple(y.shape))
print("output channel 0:\n", y_nhwc[0, :, :, 0].detach().cpu().numpy().round(4))
print("device:", y.device.type)
