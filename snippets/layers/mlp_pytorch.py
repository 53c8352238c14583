import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

model = nn.Sequential(
    nn.Linear(64, 128),  # in_features, out_features: weights exist from here on
    nn.ReLU(),
    nn.Linear(128, 10),
).to(device)

x = torch.from_numpy(np.random.default_rng(0).standard_normal((4, 64), dtype=np.float32))
y = model(x.to(device))
n_params = sum(p.numel() for p in model.parameters())

print(model)
print("output shape:", tuple(y.shape), "| device:", y.device.type)
print("parameters:", n_params)
