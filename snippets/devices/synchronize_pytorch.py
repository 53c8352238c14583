import time

import torch

device = "cuda" if torch.cuda.is_available() else "cpu"


def wait():
    if device == "cuda":
        torch.cuda.synchronize()  # block until every queued kernel has finished


x = torch.full((512, 512), 0.5, device=device)
y = x @ x  # warm-up: the first call pays one-time set-up costs
wait()
start = time.perf_counter()
y = x @ x  # on a GPU this only queues the kernel and returns at once
wait()  # without it the clock would stop before the work is done
elapsed = time.perf_counter() - start  # timings vary, so they are not printed here

total = y.sum().item()  # .item() copies to the host, so it waits as well
print("y[0, 0] =", y[0, 0].item(), "| sum =", total, "| device:", y.device.type)
