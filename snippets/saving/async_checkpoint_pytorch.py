import os
import tempfile

import numpy as np
import torch
import torch.distributed as dist
import torch.distributed.checkpoint as dcp
from torch import nn

# One process here; under torchrun every rank runs the same code and writes its own shard.
dist.init_process_group("gloo", store=dist.HashStore(), rank=0, world_size=1)
torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"


def make_model():
    return nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Linear(8, 2)).to(device)


x = torch.tensor(np.random.default_rng(0).standard_normal((4, 3), dtype=np.float32), device=device)
model = make_model()
with torch.no_grad():
    y_before = model(x)

with tempfile.TemporaryDirectory() as tmp:
    future = dcp.async_save(model.state_dict(), checkpoint_id=tmp)  # returns at once
    future.result()  # waits until the files are complete
    files = sorted(os.listdir(tmp))
    fresh = make_model()  # new random weights
    state = fresh.state_dict()
    dcp.load(state, checkpoint_id=tmp)  # fills the tensors of `state` in place
    fresh.load_state_dict(state)
with torch.no_grad():
    y_after = fresh(x)
dist.destroy_process_group()

n_arrays = len(state)
max_abs_diff = (y_after - y_before).abs().max().item()
print("files:", files)
print("max |y_after - y_before|:", max_abs_diff)
print("device:", y_after.device.type)
