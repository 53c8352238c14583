import os

os.environ["PYTORCH_ALLOC_CONF"] = "expandable_segments:True"  # read when CUDA starts

import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.ones(1024, 1024, device=device)
mib = x.nbytes / 2**20
print(f"x: {mib} MiB of float32 on {device}")
if device == "cuda":
    print("allocated by tensors:", torch.cuda.memory_allocated() / 2**20, "MiB")
    del x
    torch.cuda.empty_cache()  # return cached, unused blocks to the driver
    print("allocated after del:", torch.cuda.memory_allocated() / 2**20, "MiB")
else:
    print("no GPU: there is no GPU memory to configure")
