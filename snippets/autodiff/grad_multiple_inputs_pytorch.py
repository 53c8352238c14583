import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0]], device=device)
y = torch.tensor([1.0, 2.0, 3.0, 4.0], device=device)
w = torch.tensor([0.5, -0.25], device=device, requires_grad=True)
b = torch.tensor(0.5, device=device, requires_grad=True)


def loss_fn(w, b):
    return ((x @ w + b - y) ** 2).mean()


loss = loss_fn(w, b)
loss.backward()  # fills w.grad and b.grad
grad_w, grad_b = w.grad.clone(), b.grad.clone()
print("loss:", loss)
print("dL/dw:", grad_w, "| dL/db:", grad_b)

loss_fn(w, b).backward()  # a second backward adds to .grad
print("dL/dw after a second backward:", w.grad)
w.grad, b.grad = None, None  # what optimizer.zero_grad() does
print("device:", grad_w.device.type)
