import os
import tempfile

import torch
from torch.profiler import ProfilerActivity, profile, record_function

device = "cuda" if torch.cuda.is_available() else "cpu"
activities = [ProfilerActivity.CPU]
if device == "cuda":
    activities.append(ProfilerActivity.CUDA)


def step(x):
    return torch.relu(x @ x).sum()


x = (torch.arange(64.0, device=device).reshape(8, 8) % 5) - 2
step(x)  # warm up outside the trace
with tempfile.TemporaryDirectory() as logdir:
    with profile(activities=activities) as prof:
        with record_function("my_step"):  # a named range in the trace
            result = step(x)
    path = os.path.join(logdir, "trace.json")
    prof.export_chrome_trace(path)  # opens in Perfetto or chrome://tracing
    print("trace file written:", os.path.getsize(path) > 0)

names = {event.key for event in prof.key_averages()}  # per-op totals, by name
print("'my_step' recorded:", "my_step" in names, "| 'aten::mm' recorded:", "aten::mm" in names)
print("result:", result.item(), "| device:", result.device.type)
