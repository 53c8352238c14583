import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.tensor([[1, 2, 3, 4], [5, 6, 7, 8]], dtype=torch.int32, device=device)
running = torch.cumsum(x, dim=1)
from_the_end = torch.cumsum(x.flip(1), dim=1).flip(1)  # no `reverse=` argument
exclusive = running - x  # no `exclusive=` argument either

result = [running, from_the_end, exclusive]
print("running:     ", running.tolist(), running.dtype)  # int32 in, int64 out
print("from the end:", from_the_end.tolist())
print("exclusive:   ", exclusive.tolist())
print("device:", device)
