import numpy as np
import torch

np.set_printoptions(precision=4, suppress=True)
device = "cuda" if torch.cuda.is_available() else "cpu"


class ClipGradient(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, bound):  # classic style: ctx comes first
        ctx.bound = bound  # a Python float goes on ctx; tensors go through save_for_backward
        return x.clone()

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output.clamp(-ctx.bound, ctx.bound), None  # no gradient for bound


def f(x):
    return ClipGradient.apply(x, 1.0) ** 2 / 2


x = torch.tensor([-3.0, -1.25, -0.75, 0.25, 1.25, 3.0], device=device, requires_grad=True)
(plain_grad,) = torch.autograd.grad((x**2 / 2).sum(), x)
(grad,) = torch.autograd.grad(f(x).sum(), x)

ste = x + (torch.round(x) - x).detach()  # straight-through: round forward, identity backward
(ste_grad,) = torch.autograd.grad(ste.sum(), x)

x64, h = x.detach().double(), 1e-6
fd = (f(x64 + h) - f(x64 - h)) / (2 * h)
fd_error = (grad.double() - fd.clamp(-1.0, 1.0)).abs().max().item()

print("plain grad:  ", plain_grad.cpu().numpy())
print("clipped grad:", grad.cpu().numpy())
print("straight-through round:", ste.detach().cpu().numpy(), "grad", ste_grad.cpu().numpy())
print("equals clipped float64 finite differences to 1e-6:", fd_error <= 1e-6)
print("device:", x.device.type)
