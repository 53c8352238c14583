import numpy as np
import torch
from torch.optim.lr_scheduler import CosineAnnealingLR, LinearLR, SequentialLR

device = "cuda" if torch.cuda.is_available() else "cpu"
peak, warmup, total = 0.1, 4, 12

opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1, device=device))], lr=peak)
sched = SequentialLR(
    opt,
    [
        LinearLR(opt, start_factor=0.25, end_factor=1.0, total_iters=warmup),
        CosineAnnealingLR(opt, T_max=total - warmup),
    ],
    milestones=[warmup],
)
lrs = []
for _ in range(total + 1):
    lrs.append(opt.param_groups[0]["lr"])  # the lr this step trains with
    opt.step()
    sched.step()
lrs = np.array(lrs, dtype=np.float32)
print("lr:", np.round(lrs, 5))
print("device:", device)
