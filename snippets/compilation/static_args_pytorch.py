import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
graphs = 0


def count_graphs(gm, example_inputs):
    global graphs
    graphs += 1
    return gm.forward


def power(x, n):  # range(n) needs the value of n: the loop is unrolled while tracing
    y = x
    for _ in range(n - 1):
        y = y * x
    return y


def scale(x, n):  # n used only as a number: it can become a symbolic input
    return x * n


x = torch.tensor([1.0, 2.0, 3.0], device=device)
for fn in [scale, power]:
    compiled = torch.compile(fn, backend=count_graphs)
    graphs, history, results = 0, [], []
    for n in [2, 3, 3, 4]:
        results.append(compiled(x, n))
        history.append(graphs)
    print(f"{fn.__name__:5} graphs after each call: {history}")
print("results:", [r.tolist() for r in results], "| device:", x.device.type)
