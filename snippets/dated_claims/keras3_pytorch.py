import importlib.metadata

import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

layer = torch.nn.Linear(3, 2).to(device)  # PyTorch's own layer API; no Keras inside torch
torch.nn.init.ones_(layer.weight)
torch.nn.init.zeros_(layer.bias)
with torch.no_grad():
    y = layer(torch.tensor([[1.0, 2.0, 3.0]], device=device))
keras_major = int(importlib.metadata.version("keras").split(".")[0])

print("torch has a bundled Keras:", hasattr(torch, "keras"))
print("installed Keras major version:", keras_major)
has_backend = any(f.match("keras/src/backend/torch/*") for f in importlib.metadata.files("keras"))
print("Keras 3 ships a torch backend:", has_backend)
print("y:", y.cpu().numpy())
print("device:", y.device.type)
