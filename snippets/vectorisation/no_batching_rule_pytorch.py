import warnings

import torch
from torch.func import vmap

device = "cuda" if torch.cuda.is_available() else "cpu"
X = torch.tensor([[0.5, 1.5, 1.7, 4.2], [3.1, 3.3, 0.1, 2.9]], device=device)


def histogram(row):  # counts in 5 bins of width 1 over [0, 5)
    return torch.histc(row, bins=5, min=0, max=5)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    counts = vmap(histogram)(X)  # no batching rule: vmap runs a loop for you
print("warning:", str(caught[0].message).split(". ")[0])
print("counts:\n", counts, sep="")
print("matches the loop:", torch.equal(counts, torch.stack([histogram(r) for r in X])))
try:
    vmap(torch.unique)(X)
except RuntimeError as error:
    print("torch.unique:", str(error).split(". ")[0])
print("device:", counts.device.type)
