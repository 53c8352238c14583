import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.tensor(2.0, device=device, requires_grad=True)
y_full = x**3 + 2 * x
y_stop = x.detach() ** 2 * x + 2 * x  # same value; x.detach()**2 is a constant to autograd
(grad_full,) = torch.autograd.grad(y_full, x)
(grad_stop,) = torch.autograd.grad(y_stop, x)
values = (y_full, y_stop)
print("values:", y_full.item(), y_stop.item())
print("gradients:", grad_full.item(), grad_stop.item())

with torch.no_grad():  # nothing inside is recorded
    y_eval = x**3 + 2 * x
print("recorded under no_grad?", y_eval.requires_grad)
print("device:", x.device.type)
