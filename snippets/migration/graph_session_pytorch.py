import numpy as np
import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
rng = np.random.default_rng(9)
x = rng.standard_normal((8, 3), dtype=np.float32)
y = rng.standard_normal((8, 1), dtype=np.float32)
w0 = 0.5 * rng.standard_normal((3, 1), dtype=np.float32)
LR = 0.1


def loss_fn(w, b, x, y):
    return ((x @ w + b - y) ** 2).mean()


# Nearest to "build a graph, then run it": record the function as an FX graph.
graph_module = torch.fx.symbolic_trace(loss_fn)
print(graph_module.code.strip())

x, y = (torch.tensor(a, device=device) for a in (x, y))
w = torch.tensor(w0, device=device, requires_grad=True)
b = torch.zeros(1, device=device, requires_grad=True)
loss = graph_module(w, b, x, y)  # the graph runs eagerly, op by op
loss.backward()
with torch.no_grad():
    w -= LR * w.grad
    b -= LR * b.grad
loss, w_new, b_new = loss.item(), w.detach(), b.detach()

print(f"eager step:   loss {loss:.4f}  w {w_new.cpu().numpy().ravel().round(4)}", end="")
print(f"  b {b_new.cpu().numpy().round(4)}")
print("device:", w_new.device.type)
