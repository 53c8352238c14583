import numpy as np
import torch
import torch.nn.functional as F

device = "cuda" if torch.cuda.is_available() else "cpu"

rng = np.random.default_rng(0)
x = torch.from_numpy(rng.integers(0, 2, (256, 4)).astype(np.float32)).to(device)
w = torch.tensor([[0.5], [-1.0], [0.25], [2.0]], device=device, requires_grad=True)  # float32
y = x @ w.detach() - 1.25  # large enough that 2**16 times the gradient overflows float16

optimizer = torch.optim.SGD([w], lr=0.01)
scaler = torch.amp.GradScaler(device, init_scale=2.0**16, growth_interval=2)
scales, applied = [], []
for _ in range(6):
    scales.append(scaler.get_scale())
    before = w.detach().clone()
    with torch.autocast(device_type=device, dtype=torch.float16):
        loss = F.mse_loss(x @ w, y)
    optimizer.zero_grad()
    scaler.scale(loss).backward()  # backward of loss * scale
    scaler.step(optimizer)  # unscales; skips the step if a gradient is inf or nan
    scaler.update()  # halves the scale after a skip, doubles it after 2 good steps
    applied.append(not torch.equal(before, w))

w_final = w.detach().flatten()
print("scale used:  ", [int(s) for s in scales])
print("step applied:", applied)
print("final weights:", np.round(w_final.tolist(), 4), "| device:", device)
