import numpy as np
import torch
from safetensors.numpy import save_file
from safetensors.torch import load_file
from torch import nn

# A trained batch norm: its scale and shift, and the running statistics it collected.
rng = np.random.default_rng(2)
save_file(
    {
        "bn.weight": rng.uniform(0.5, 1.5, 4).astype(np.float32),
        "bn.bias": rng.standard_normal(4, dtype=np.float32) / 10,
        "bn.running_mean": rng.standard_normal(4, dtype=np.float32),
        "bn.running_var": rng.uniform(0.005, 0.02, 4).astype(np.float32),  # small: eps shows
    },
    "bn.safetensors",
)
x = rng.standard_normal((3, 4), dtype=np.float32)

device = "cuda" if torch.cuda.is_available() else "cpu"
bn = nn.BatchNorm1d(4).to(device)
state = load_file("bn.safetensors", device=device)
bn.load_state_dict({k.removeprefix("bn."): v for k, v in state.items()})
bn.eval()  # use the running statistics, as at inference
with torch.no_grad():
    y = bn(torch.from_numpy(x).to(device)).cpu().numpy()
print(f"default epsilon: {bn.eps:g}")
print(
    f"momentum {bn.momentum:g}: running = {1 - bn.momentum:g} * running + {bn.momentum:g} * batch"
)
print("y[0]:", np.round(y[0], 4))
print("device:", device)
