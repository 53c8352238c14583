import torch

device = "cuda" if torch.cuda.is_available() else "cpu"


def log_or_zero(x):  # log where x > 0, else 0: the forward pass is finite
    return torch.where(x > 0, torch.log(x), 0.0).sum()


def log_or_zero_fixed(x):  # keep log away from 0, so its gradient stays finite too
    safe_x = torch.where(x > 0, x, 1.0)
    return torch.where(x > 0, torch.log(safe_x), 0.0).sum()


x = torch.tensor([4.0, 0.0, 0.25], device=device, requires_grad=True)
loss = log_or_zero(x)
(grad,) = torch.autograd.grad(loss, x)
print("loss:", loss.item(), "| gradient:", grad)

try:
    with torch.autograd.detect_anomaly():  # checks every backward function's output
        torch.autograd.grad(log_or_zero(x), x)
except RuntimeError as error:
    print("detect_anomaly:", error)

(fixed_grad,) = torch.autograd.grad(log_or_zero_fixed(x), x)
print("fixed gradient:", fixed_grad, "| device:", fixed_grad.device.type)
