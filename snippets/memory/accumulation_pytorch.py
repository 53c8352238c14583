import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"

rng = np.random.default_rng(0)  # small integers and quarters: every sum below is exact
x = torch.from_numpy(rng.integers(-2, 3, (32, 4)).astype(np.float32)).to(device)
y = torch.from_numpy(rng.integers(-2, 3, (32, 1)).astype(np.float32)).to(device)
w1 = rng.integers(-2, 3, (4, 8)).astype(np.float32) / 4
w2 = rng.integers(-2, 3, (8, 1)).astype(np.float32) / 4


def train(micro_batches):
    model = nn.Sequential(nn.Linear(4, 8, bias=False), nn.ReLU(), nn.Linear(8, 1, bias=False))
    model.to(device)
    with torch.no_grad():
        model[0].weight.copy_(torch.from_numpy(w1.T))
        model[2].weight.copy_(torch.from_numpy(w2.T))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.125)
    optimizer.zero_grad()
    for xb, yb in zip(x.chunk(micro_batches), y.chunk(micro_batches), strict=True):
        loss = F.mse_loss(model(xb), yb) / micro_batches  # a mean over micro-batches
        loss.backward()  # adds into .grad
    optimizer.step()
    return model[2].weight.detach().cpu().numpy()[0]


big = train(micro_batches=1)  # one step on all 32 examples
accumulated = train(micro_batches=4)  # four micro-batches of 8
max_diff = float(np.max(np.abs(big - accumulated)))
w2 = accumulated

print("w2 after one step of 32:    ", np.round(big, 4))
print("w2 after 4 x 8, accumulated:", np.round(w2, 4))
print("largest difference:", max_diff)
print("device:", device)
