import os

os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", ":4096:8")  # read when CUDA starts

import numpy as np
import torch

torch.use_deterministic_algorithms(True)  # a deterministic kernel, or an error
torch.backends.cudnn.benchmark = False  # no autotuning that may pick another kernel
device = "cuda" if torch.cuda.is_available() else "cpu"

rng = np.random.default_rng(0)
values = torch.tensor(rng.standard_normal(10_000, dtype=np.float32), device=device)
ids = torch.tensor(rng.integers(0, 4, 10_000), device=device)


def segment_sums():  # a scatter-add: on a GPU its atomic adds may land in any order
    return torch.zeros(4, device=device).index_add_(0, ids, values)


sums = segment_sums()
identical = torch.equal(sums, segment_sums())
try:
    torch.zeros(3, device=device).put_(torch.tensor([0, 0], device=device), values[:2])
except RuntimeError as error:
    print("put_ refused:", str(error).split(",")[0])
print("deterministic algorithms:", torch.are_deterministic_algorithms_enabled())
print("segment sums:", sums.cpu().numpy().round(3))
print("bitwise identical on a second run:", identical)
print("device:", sums.device.type)
