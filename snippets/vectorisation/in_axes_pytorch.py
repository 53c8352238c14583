import torch
from torch.func import vmap

device = "cuda" if torch.cuda.is_available() else "cpu"


def affine(w, b, x):  # written for one example: x has shape (3,)
    return w @ x + b


W = torch.tensor([[1.0, 0.0, -1.0], [2.0, 1.0, 0.0]], device=device)  # (2, 3)
b = torch.tensor([0.5, -1.0], device=device)
X = torch.arange(12.0, device=device).reshape(4, 3)  # a batch of 4 examples
Ws = torch.stack([W, 2 * W, -W, W + 1])  # one weight matrix per example: (4, 2, 3)

y_shared = vmap(affine, in_dims=(None, None, 0))(W, b, X)  # map x, broadcast W and b
y_per_example = vmap(affine, in_dims=(0, None, 0))(Ws, b, X)  # map W and x together
y_out_axes = vmap(affine, in_dims=(None, None, 0), out_dims=1)(W, b, X)  # batch axis last

print("shared weights (4, 2):\n", y_shared, sep="")
print("same as X @ W.T + b:", torch.equal(y_shared, X @ W.T + b))
print("per-example weights:\n", y_per_example, sep="")
print("out_dims=1 gives shape", tuple(y_out_axes.shape))
print("device:", y_shared.device.type)
