import torch
from torch import nn

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

eager = nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 10)).to(device)
print("nn.Linear, at construction:", eager[0])

lazy = nn.Sequential(nn.LazyLinear(128), nn.ReLU(), nn.LazyLinear(10)).to(device)
print("nn.LazyLinear, before call:", lazy[0])
lazy(torch.zeros(4, 64, device=device))  # the first call fixes in_features = 64
print("nn.LazyLinear, after call: ", lazy[0])

n_weights = [len(list(m.parameters())) for m in (eager, lazy)]
n_params = sum(p.numel() for p in lazy.parameters())
print("weight tensors:", n_weights, "| parameters:", n_params, "| device:", device)
