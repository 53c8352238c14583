import numpy as np
import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

arr = np.arange(4, dtype=np.float32)
copied = torch.tensor(arr, device=device)  # always a copy
viewed = torch.from_numpy(arr).to(device)  # a view of arr; .to("cuda") would copy
arr[0] = 100.0
print("NumPy -> torch, sees arr[0] = 100:")
print("  torch.tensor(arr)    ", copied[0].item() == 100.0)
print("  torch.from_numpy(arr)", viewed[0].item() == 100.0)

t = torch.arange(4, dtype=torch.float32, device=device)
host = t.cpu()  # the same tensor on a CPU, a copy from a GPU
outs = {"t.numpy()": host.numpy(), "np.asarray(t)": np.asarray(host), "np.array(t)": np.array(host)}
print("torch -> NumPy, same memory as t:")
for name, a in outs.items():
    print(f"  {name:14}", a.ctypes.data == t.data_ptr(), "| writeable:", a.flags.writeable)

out_shared = [outs[name].ctypes.data == t.data_ptr() for name in ("np.asarray(t)", "np.array(t)")]
shares_memory = (copied[0].item() == 100.0, *out_shared)
print("shares_memory (copy in, np.asarray out, np.array out):", shares_memory)
print("device:", t.device.type)
