import tempfile

import torch
from tensorboard.backend.event_processing.plugin_event_accumulator import EventAccumulator
from tensorboard.util.tensor_util import make_ndarray
from torch.utils.tensorboard import SummaryWriter

device = "cuda" if torch.cuda.is_available() else "cpu"

w = torch.zeros((), device=device, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.25)

with tempfile.TemporaryDirectory() as logdir:
    writer = SummaryWriter(logdir)
    for step in range(5):
        loss = (w - 3.0) ** 2
        writer.add_scalar("train/loss", loss.item(), step)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    writer.close()

    events = EventAccumulator(logdir)
    events.Reload()
    points = events.Tensors("train/loss")  # TensorEvent(wall_time, step, tensor_proto)
    recovered = [(p.step, make_ndarray(p.tensor_proto).item()) for p in points]

print("device:", device)
for step, value in recovered:
    print(f"step {step}: loss {value:.6f}")
