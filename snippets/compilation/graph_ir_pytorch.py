import torch

device = "cuda" if torch.cuda.is_available() else "cpu"


def show_graph(gm, example_inputs):  # a backend: receives the captured FX graph
    print(gm.code.strip())
    return gm.forward  # run the graph as it is, without generating code


def mlp(x, w1, w2):
    h = torch.relu(x @ w1)
    return (h @ w2) * 0.5 + 1.0


x = torch.arange(-6.0, 6.0, device=device).reshape(3, 4)
w1 = torch.arange(-4.0, 4.0, device=device).reshape(4, 2)
w2 = torch.tensor([[1.0], [-1.0]], device=device)

out = torch.compile(mlp, backend=show_graph)(x, w1, w2)
print("out:", out.flatten(), "| device:", out.device.type)
