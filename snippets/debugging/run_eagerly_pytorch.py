import torch

device = "cuda" if torch.cuda.is_available() else "cpu"


def f(x):
    s = x.sum()
    print("  sum =", s)
    if s > 0:  # data-dependent branch: fine in Python, not in one graph
        return x * 2
    return x - 1


compiled = torch.compile(f, backend="eager", fullgraph=True)
pos = torch.tensor([1.0, 2.0], device=device)
neg = torch.tensor([-1.0, -2.0], device=device)
try:
    compiled(pos)
except torch._dynamo.exc.Unsupported as error:
    print("compiled:", type(error).__name__, "-", str(error).splitlines()[0])

with torch.compiler.set_stance("force_eager"):  # same call sites, plain Python execution
    results = [compiled(pos), compiled(neg)]
print("results:", [r.tolist() for r in results], "| device:", pos.device.type)
