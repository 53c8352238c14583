import numpy as np
import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

arr = np.array([1.0, 2.0, 3.0], dtype=np.float32)
shared = torch.from_numpy(arr)  # zero-copy view of arr's memory (CPU only)
copied = torch.tensor(arr)  # always a copy
arr[0] = 100.0
print("from_numpy after arr[0] = 100:", shared)
print("tensor()   after arr[0] = 100:", copied)

doubled = copied.to(device) * 2
back = doubled.cpu().numpy()  # .numpy() needs a CPU tensor; .cpu() is free on CPU
print("back:", type(back).__name__, back.dtype, back, "| writeable:", back.flags.writeable)
print("device:", doubled.device.type)
