import numpy as np
import torch

np.set_printoptions(precision=4, suppress=True)
device = "cuda" if torch.cuda.is_available() else "cpu"


class Softplus(torch.autograd.Function):
    @staticmethod
    def forward(x):
        return torch.clamp(x, min=0) + torch.log1p(torch.exp(-x.abs()))

    @staticmethod
    def setup_context(ctx, inputs, output):  # kept out of forward: torch.func needs this
        (x,) = inputs
        ctx.save_for_backward(x)

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * torch.sigmoid(x)


softplus = Softplus.apply
x = torch.tensor([-50.0, -1.0, 0.0, 1.0, 50.0, 100.0], device=device, requires_grad=True)

naive = torch.log1p(torch.exp(x))
(naive_grad,) = torch.autograd.grad(naive.sum(), x)
y = softplus(x)
(grad,) = torch.autograd.grad(y.sum(), x)
stable = torch.clamp(x, min=0) + torch.log1p(torch.exp(-x.abs()))  # same formula, no rule
(plain_grad,) = torch.autograd.grad(stable.sum(), x)
func_grad = torch.func.grad(lambda x: softplus(x).sum())(x.detach())  # needs setup_context

x64, h = x.detach().double(), 1e-6
fd = (softplus(x64 + h) - softplus(x64 - h)) / (2 * h)
fd_error = (grad.double() - fd).abs().max().item()

print("naive value: ", naive.detach().cpu().numpy())
print("naive grad:  ", naive_grad.cpu().numpy())
print("custom value:", y.detach().cpu().numpy())
print("custom grad: ", grad.cpu().numpy())
print("plain autodiff of the stable formula at x=0:", plain_grad[2].item())
print("torch.func.grad:", func_grad.cpu().numpy())
print("agrees with float64 finite differences to 1e-6:", fd_error <= 1e-6)
print("device:", x.device.type)
