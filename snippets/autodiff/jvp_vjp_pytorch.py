import torch
from torch.func import jvp, vjp

device = "cuda" if torch.cuda.is_available() else "cpu"


def g(x):  # R^3 -> R^2
    return torch.stack([x[0] * x[1], x[1] * x[2] ** 2])


x = torch.tensor([1.0, 2.0, 3.0], device=device)
v = torch.tensor([1.0, 0.0, -1.0], device=device)  # tangent: a direction in input space
u = torch.tensor([1.0, 2.0], device=device)  # cotangent: weights on the outputs

y, jvp_out = jvp(g, (x,), (v,))  # J @ v, forward mode
y, vjp_fn = vjp(g, x)  # runs g forward, returns the backward function
(vjp_out,) = vjp_fn(u)  # u @ J, reverse mode

print("g(x):", y)
print("J @ v:", jvp_out)
print("u @ J:", vjp_out)
print("device:", y.device.type)
