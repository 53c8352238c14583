import torch

torch.set_printoptions(precision=4)  # print options are global: set the ones this file needs
device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.tensor([[3, 1, 4], [1, 5, 9]], device=device)
total = x.sum()
col_sums = x.sum(dim=0)  # `axis=0` is accepted as an alias
row_max = x.amax(dim=1)  # x.max(dim=1) returns (values, indices)
col_argmax = x.argmax(dim=0)
row_means = x.float().mean(dim=1, keepdim=True)

for name, t in [
    ("total", total),
    ("col_sums", col_sums),
    ("row_max", row_max),
    ("col_argmax", col_argmax),
]:
    print(f"{name:<10} {str(t.dtype):<11} {t.tolist()}")
print("row_means:", row_means)
print("x.max(dim=1) ->", tuple(x.max(dim=1)))
try:
    x.mean()
except RuntimeError as e:
    print("mean of int64 -> RuntimeError:", str(e).split(".")[0])
print("device:", x.device.type)
