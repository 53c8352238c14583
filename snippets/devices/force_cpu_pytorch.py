import os

os.environ["CUDA_VISIBLE_DEVICES"] = ""  # hide every GPU; must come before CUDA starts

import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
visible_gpus = torch.cuda.device_count()

x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], device=device)
result = x @ x
print("visible GPUs:", visible_gpus, "| device:", result.device.type)
print(result)
