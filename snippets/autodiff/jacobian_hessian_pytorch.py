import torch
from torch.func import hessian, jacfwd, jacrev

device = "cuda" if torch.cuda.is_available() else "cpu"


def g(x):  # R^3 -> R^2
    return torch.stack([x[0] * x[1], x[1] * x[2] ** 2])


def h(x):  # R^3 -> R
    return x[0] ** 2 * x[1] + x[1] * x[2] ** 3


x = torch.tensor([1.0, 2.0, 3.0], device=device)
jac = jacrev(g)(x)  # row by row: one VJP per output
jac_fwd = jacfwd(g)(x)  # column by column: one JVP per input
hess = hessian(h)(x)  # jacfwd(jacrev(h))

print("Jacobian (2x3):\n", jac, sep="")
print("jacfwd agrees:", torch.equal(jac, jac_fwd))
print("Hessian (3x3):\n", hess, sep="")
print("device:", hess.device.type)
