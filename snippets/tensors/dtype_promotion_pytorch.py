import numpy as np
import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

ints = torch.tensor([1, 2, 3], device=device)
floats = torch.tensor([0.5, 0.5, 0.5], device=device)
twos = torch.tensor([2, 2, 2], device=device)
from_np_float = torch.tensor(np.array([0.5, 0.5, 0.5]), device=device)  # NumPy float64
from_np_int = torch.tensor(np.array([1, 2, 3]), device=device)  # NumPy int64

mixed_sum = ints + floats  # promoted to float32
ratio = ints / twos  # true division: float result

print("python ints   ->", ints.dtype)
print("python floats ->", floats.dtype)
print("numpy float64 ->", from_np_float.dtype)
print("numpy int64   ->", from_np_int.dtype)
print("int + float   ->", mixed_sum.dtype, mixed_sum.tolist())
print("int / int     ->", ratio.dtype, ratio.tolist())
print("device:", ints.device.type)
