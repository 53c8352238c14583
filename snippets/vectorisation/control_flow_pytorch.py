import torch
from torch.func import vmap

device = "cuda" if torch.cuda.is_available() else "cpu"


def flip_if_negative(x):  # one example, with a Python `if` on its values
    if x.sum() < 0:
        return -x
    return x


X = torch.tensor([[1.0, 2.0], [-3.0, 1.0], [-1.0, -1.0]], device=device)
loop = torch.stack([flip_if_negative(x) for x in X])  # fine: each x has concrete values
try:
    vmap(flip_if_negative)(X)
except RuntimeError as error:
    print(str(error).split(".")[0])


def flip_where(x):  # both branches computed, one selected per example
    return torch.where(x.sum() < 0, -x, x)


fixed = vmap(flip_where)(X)
print("with torch.where:\n", fixed, sep="")
print("matches the loop:", torch.equal(fixed, loop))
print("device:", fixed.device.type)
