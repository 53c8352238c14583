import numpy as np
import torch
from torch import nn
from torch.func import functional_call, grad

device = "cuda" if torch.cuda.is_available() else "cpu"
rng = np.random.default_rng(0)
x, y = rng.standard_normal((4, 3), dtype=np.float32), rng.standard_normal((4, 2), dtype=np.float32)
w, b = rng.standard_normal((3, 2), dtype=np.float32), rng.standard_normal(2, dtype=np.float32)
x, y = torch.tensor(x, device=device), torch.tensor(y, device=device)

model = nn.Linear(3, 2).to(device)
with torch.no_grad():  # the module owns its parameters; we overwrite them in place
    model.weight.copy_(torch.tensor(w.T))  # torch stores (out, in)
    model.bias.copy_(torch.tensor(b))
loss = nn.functional.mse_loss(model(x), y)
loss.backward()  # gradients are written into the module's state: .grad
grad_w, grad_b, loss = model.weight.grad.T, model.bias.grad, loss.item()


def loss_of(params):  # torch.func: the same loss as a function of a dict of tensors
    return nn.functional.mse_loss(functional_call(model, params, (x,)), y)


grads = grad(loss_of)({name: p.detach() for name, p in model.named_parameters()})

print(f"loss {loss:.4f}")
print("model.weight.grad (out, in):\n", model.weight.grad.cpu().numpy().round(4))
print("torch.func.grad returns:", {k: tuple(v.shape) for k, v in grads.items()})
print("same gradient:", torch.allclose(grads["weight"], model.weight.grad))
print("device:", model.weight.device.type)
