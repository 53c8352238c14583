import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
graphs = 0


def count_graphs(gm, example_inputs):
    global graphs
    graphs += 1
    return gm.forward


def f(x):
    h = x * 2
    print("  print: h =", h)  # a graph break: Python runs here and sees real values
    return h + 1


xs = [torch.tensor([1.0, 2.0, 3.0], device=device), torch.tensor([4.0, 5.0, 6.0], device=device)]
results = [torch.compile(f, backend=count_graphs)(x) for x in xs]
print("graphs with a graph break:", graphs)

torch.compiler.reset()
graphs = 0
with torch._dynamo.config.patch(reorderable_logging_functions={print}):
    results = [torch.compile(f, backend=count_graphs)(x) for x in xs]  # print moved after the graph
print("graphs with print reordered:", graphs)
print("results:", [r.tolist() for r in results], "| device:", results[0].device.type)
