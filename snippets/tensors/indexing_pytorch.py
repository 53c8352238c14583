import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.arange(12, device=device).reshape(3, 4)
row = x[1]
col = x[:, 1]
block = x[1:, ::2]
picked = x[[0, 2]]  # a list picks whole rows, as in NumPy
masked = x[x > 6]
reshaped = x.reshape(4, 3)
transposed = x.T

for name, t in [
    ("x", x),
    ("row", row),
    ("col", col),
    ("block", block),
    ("picked", picked),
    ("masked", masked),
    ("reshaped", reshaped),
    ("transposed", transposed),
]:
    print(f"{name:<10} {str(tuple(t.shape)):<7} {t.tolist()}")
print("device:", x.device.type)
