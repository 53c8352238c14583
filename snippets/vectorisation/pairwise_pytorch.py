import torch
from torch.func import vmap
from torch.fx.experimental.proxy_tensor import make_fx

device = "cuda" if torch.cuda.is_available() else "cpu"


def sq_dist(a, b):  # two single points
    return torch.sum((a - b) ** 2)


A = torch.tensor([[0.0, 0.0], [1.0, 2.0], [3.0, 1.0]], device=device)  # 3 points
B = torch.tensor([[1.0, 1.0], [2.0, 2.0]], device=device)  # 2 points

row = vmap(sq_dist, in_dims=(None, 0))  # one a against every b
pairwise = vmap(row, in_dims=(0, None))  # every a against every b
D = pairwise(A, B)
by_hand = torch.sum((A[:, None, :] - B[None, :, :]) ** 2, dim=-1)

graph = make_fx(pairwise)(A, B).graph  # the operators vmap actually ran
ops = [str(node.target) for node in graph.nodes if node.op == "call_function"]
print("D (3, 2):\n", D, sep="")
print("same as broadcasting:", torch.equal(D, by_hand))
print("nested vmap ran:", ops)
print("device:", D.device.type)
