import numpy as np
import torch
from safetensors.numpy import save_file
from safetensors.torch import load_file
from torch import nn

# PyTorch's layouts: conv weight (out, in, height, width), images (batch, channel, h, w).
rng = np.random.default_rng(1)
save_file(
    {
        "conv.weight": rng.standard_normal((4, 3, 3, 3), dtype=np.float32) / 5,
        "conv.bias": rng.standard_normal(4, dtype=np.float32) / 10,
    },
    "conv.safetensors",
)
images = rng.standard_normal((1, 3, 5, 5), dtype=np.float32)  # NCHW

device = "cuda" if torch.cuda.is_available() else "cpu"
conv = nn.Conv2d(3, 4, kernel_size=3).to(device)  # padding=0: "valid"
state = load_file("conv.safetensors", device=device)
conv.load_state_dict({"weight": state["conv.weight"], "bias": state["conv.bias"]})
with torch.no_grad():
    out_nchw = conv(torch.from_numpy(images).to(device)).cpu().numpy()
print("weight layout:", tuple(conv.weight.shape), "OIHW; output:", out_nchw.shape, "NCHW")
print("out[0, :, 0, 0]:", np.round(out_nchw[0, :, 0, 0], 4))
print("device:", device)
