import numpy as np
import torch
from torch.profiler import ProfilerActivity, profile
from torch.utils.checkpoint import checkpoint

device = "cuda" if torch.cuda.is_available() else "cpu"

rng = np.random.default_rng(0)
x = torch.from_numpy(rng.standard_normal((512, 64), dtype=np.float32)).to(device)
weights = [
    torch.from_numpy(rng.standard_normal(shape, dtype=np.float32) / 8).to(device).requires_grad_()
    for _ in range(6)
    for shape in ((64, 1024), (1024, 64))
]


def block(h, w1, w2):
    return h + torch.tanh(h @ w1) @ w2


def step(remat):
    h = x
    for w1, w2 in zip(weights[::2], weights[1::2], strict=True):
        h = checkpoint(block, h, w1, w2, use_reentrant=False) if remat else block(h, w1, w2)
    (h**2).mean().backward()
    for w in weights:
        w.grad = None


def peak_mib(remat):
    if device == "cuda":  # the caching allocator keeps a high-water mark
        torch.cuda.reset_peak_memory_stats()
        base = torch.cuda.memory_allocated()
        step(remat)
        return (torch.cuda.max_memory_allocated() - base) / 2**20
    with profile(activities=[ProfilerActivity.CPU], profile_memory=True) as prof:
        step(remat)  # each event's own allocations minus frees, in the order they ran
    events = [e for e in prof.events() if e.self_cpu_memory_usage]
    events.sort(key=lambda e: e.time_range.start)
    return max(np.cumsum([e.self_cpu_memory_usage for e in events])) / 2**20


plain = peak_mib(remat=False)
remat = peak_mib(remat=True)
ratio = remat / plain

print(f"peak, no checkpointing: {plain:5.1f} MiB")
print(f"peak, checkpointed:     {remat:5.1f} MiB")
print(f"checkpointed / plain: {ratio:.2f}")
print("device:", device)
