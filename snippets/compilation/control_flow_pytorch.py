import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
graphs = 0


def count_graphs(gm, example_inputs):
    global graphs
    graphs += 1
    return gm.forward


def f(x):
    if x.sum() > 0:  # a branch on a tensor's value
        return x * 2
    return x - 1


def f_cond(x):  # both branches become subgraphs; the choice is made at run time
    return torch.cond(x.sum() > 0, lambda x: x * 2, lambda x: x - 1, (x,))


pos = torch.tensor([1.0, 2.0], device=device)
neg = torch.tensor([-1.0, -2.0], device=device)
try:
    torch.compile(f, backend=count_graphs, fullgraph=True)(pos)
except torch._dynamo.exc.Unsupported as error:
    print("fullgraph=True:", type(error).__name__, "-", str(error).splitlines()[0])

results = [torch.compile(f, backend=count_graphs)(v) for v in (pos, neg)]
print("graph breaks allowed:", graphs, "graphs")
graphs = 0
compiled = torch.compile(f_cond, backend=count_graphs, fullgraph=True)
results = [compiled(v) for v in (pos, neg)]
print("torch.cond:", graphs, "graph")
print("results:", [r.tolist() for r in results], "| device:", pos.device.type)
