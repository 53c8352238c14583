import os
import tempfile

import numpy as np
import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
rng = np.random.default_rng(0)
x = torch.tensor(rng.standard_normal((16, 3), dtype=np.float32), device=device)
y = x @ torch.tensor([[1.0], [-2.0], [0.5]], device=device) + 0.25


def make():
    model = nn.Linear(3, 1).to(device)
    nn.init.zeros_(model.weight)
    nn.init.zeros_(model.bias)
    return model, torch.optim.Adam(model.parameters(), lr=0.1)


def train(model, optimizer, steps):
    losses = []
    for _ in range(steps):
        loss = torch.mean((model(x) - y) ** 2)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return losses


full_model, full_opt = make()
train(full_model, full_opt, 10)  # the uninterrupted run

model, optimizer = make()
losses = train(model, optimizer, 5)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "checkpoint.pt")
    torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict()}, path)
    checkpoint = torch.load(path, map_location=device)
model, optimizer = make()  # fresh objects, as after a restart
model.load_state_dict(checkpoint["model"])
optimizer.load_state_dict(checkpoint["optimizer"])
losses += train(model, optimizer, 5)

pairs = zip(model.parameters(), full_model.parameters(), strict=True)
resume_diff = max((a - b).abs().max().item() for a, b in pairs)
print("optimizer state of the weight:", list(checkpoint["optimizer"]["state"][0]))
print("losses:", np.round(losses, 4))
print("max |resumed - uninterrupted| weight:", resume_diff)
print("device:", x.device.type)
