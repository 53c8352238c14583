import os
import tempfile

import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"


def make_model():
    return nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Linear(8, 2)).to(device)


x = torch.tensor(np.random.default_rng(0).standard_normal((4, 3), dtype=np.float32), device=device)
model = make_model()
with torch.no_grad():
    y_before = model(x)

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "mlp.pt")
    torch.save(model.state_dict(), path)  # a dict of tensors, pickled
    state = torch.load(path, map_location=device)  # weights_only=True by default since 2.6
fresh = make_model()  # the architecture comes from code; its random weights get replaced
fresh.load_state_dict(state)
with torch.no_grad():
    y_after = fresh(x)

n_arrays = len(state)
max_abs_diff = (y_after - y_before).abs().max().item()
print("saved:", {name: tuple(t.shape) for name, t in state.items()})
print("max |y_after - y_before|:", max_abs_diff)
print("device:", y_after.device.type)
