import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
graphs = calls = 0


def count_graphs(gm, example_inputs):  # a backend that counts the graphs it is given
    global graphs
    graphs += 1
    return gm.forward


@torch.compile(backend=count_graphs)
def f(x):
    global calls
    calls += 1  # Dynamo replays this mutation after every call
    print("  Python print")  # cannot go in a graph: the graph breaks here
    return x * 2 + 1


results = []
for n in [2, 2, 3]:
    print(f"call with shape ({n},)")
    results.append(f(torch.ones(n, device=device)))
print("calls counted:", calls, "| graphs compiled:", graphs)
print("results:", [r.tolist() for r in results], "| device:", results[0].device.type)
