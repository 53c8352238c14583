import numpy as np
import torch
from safetensors.numpy import save_file
from safetensors.torch import load_file
from torch import nn

# A checkpoint as the PyTorch ecosystem writes it: Linear weights are (out, in).
rng = np.random.default_rng(0)
save_file(
    {
        "fc1.weight": rng.standard_normal((16, 8), dtype=np.float32) / 3,
        "fc1.bias": rng.standard_normal(16, dtype=np.float32) / 10,
        "fc2.weight": rng.standard_normal((4, 16), dtype=np.float32) / 4,
        "fc2.bias": rng.standard_normal(4, dtype=np.float32) / 10,
    },
    "mlp.safetensors",
)
x = rng.standard_normal((2, 8), dtype=np.float32)

device = "cuda" if torch.cuda.is_available() else "cpu"
model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 4)).to(device)
state = load_file("mlp.safetensors", device=device)
# Same layout, other names: only the keys change.
model.load_state_dict(
    {
        "0.weight": state["fc1.weight"],
        "0.bias": state["fc1.bias"],
        "2.weight": state["fc2.weight"],
        "2.bias": state["fc2.bias"],
    }
)
with torch.no_grad():
    logits = model(torch.from_numpy(x).to(device)).cpu().numpy()
print("first layer weight:", tuple(model[0].weight.shape), "(out, in)")
print("logits:\n", np.round(logits, 4))
print("device:", device)
