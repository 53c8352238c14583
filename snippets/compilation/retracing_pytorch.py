import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
graphs = 0


def count_graphs(gm, example_inputs):  # a backend: called once per graph compiled
    global graphs
    graphs += 1
    return gm.forward


def f(x):
    return x * 2 + 1


for name, dynamic in [("default", None), ("dynamic=False", False), ("dynamic=True", True)]:
    torch.compiler.reset()  # forget graphs compiled for f by the previous variant
    compiled = torch.compile(f, backend=count_graphs, dynamic=dynamic)
    graphs, history, results = 0, [], []
    for n in [2, 2, 3, 4, 5]:
        results.append(compiled(torch.arange(n, dtype=torch.float32, device=device)))
        history.append(graphs)
    print(f"{name:13} graphs after each call: {history}")
print("results:", [r.tolist() for r in results], "| device:", results[0].device.type)
