import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.tensor(2.0, device=device, requires_grad=True)
y = x**3 + 2 * x  # recorded, because x requires grad
y.backward()  # walks the recording backwards and fills x.grad
grad = x.grad

print("y:", y)
print("dy/dx:", grad)
print("device:", grad.device.type)
