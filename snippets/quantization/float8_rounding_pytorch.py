import numpy as np
import torch

values = np.array([0.1, 1 / 3, 1.1, 2.7, -17.3, 300.0, 1e-3, 3e-5], dtype=np.float32)
too_big = np.array([500.0, 1e5, np.inf], dtype=np.float32)

device = "cuda" if torch.cuda.is_available() else "cpu"


def round_trip(a, dtype):
    return torch.from_numpy(a).to(device).to(dtype).float().cpu().numpy()


def show(name, a):
    print(f"{name:15}", "".join(f"{float(v):>13.7g}" for v in a))


e4m3 = round_trip(values, torch.float8_e4m3fn)
e5m2 = round_trip(values, torch.float8_e5m2)
for dtype in (torch.float8_e4m3fn, torch.float8_e5m2):
    info = torch.finfo(dtype)
    print(f"{dtype}: {dtype.itemsize} byte, max {info.max:g}, eps {info.eps:g}")
show("float32", values)
show("e4m3fn", e4m3)
show("e5m2", e5m2)
show("e4m3fn overflow", round_trip(too_big, torch.float8_e4m3fn))
show("e5m2 overflow", round_trip(too_big, torch.float8_e5m2))
print("device:", device)
