import torch
from torch.func import grad

device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.tensor(2.0, device=device, requires_grad=True)
y = x**3 + 2 * x
# create_graph=True records the backward pass too, so it can be differentiated again
(d1,) = torch.autograd.grad(y, x, create_graph=True)
(d2,) = torch.autograd.grad(d1, x, create_graph=True)
(d3,) = torch.autograd.grad(d2, x)
derivatives = (d1, d2, d3)
print("f', f'', f''':", [round(d.item(), 4) for d in derivatives])


def f(x):
    return x**3 + 2 * x


d3_func = grad(grad(grad(f)))(torch.tensor(2.0, device=device))  # torch.func: like JAX
print("torch.func f''':", d3_func)
print("device:", d3.device.type)
