import random

import numpy as np
import torch

device = "cuda" if torch.cuda.is_available() else "cpu"


def seed_everything(seed):  # PyTorch has no one call for all three sources
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


seed_everything(0)
py_draw = random.random()
np_draw = np.random.rand(2)
fw_draw = torch.rand(2, device=device)
print(f"Python random: {py_draw:.4f}")
print("NumPy global: ", np_draw.round(4))
print("torch.rand:   ", fw_draw)
print("device:", fw_draw.device.type)
