import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"

rng = np.random.default_rng(0)
x = torch.from_numpy(rng.standard_normal((64, 4), dtype=np.float32)).to(device)
y = x @ torch.tensor([[1.0], [-2.0], [0.5], [3.0]], device=device)
w1 = rng.standard_normal((4, 8), dtype=np.float32) * 0.5  # the same start for both runs
w2 = rng.standard_normal((8, 1), dtype=np.float32) * 0.5


def train(mixed):
    model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1)).to(device)
    with torch.no_grad():
        model[0].weight.copy_(torch.from_numpy(w1.T))
        model[2].weight.copy_(torch.from_numpy(w2.T))
        model[0].bias.zero_()
        model[2].bias.zero_()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
    losses = []
    for _ in range(5):
        with torch.autocast(device_type=device, dtype=torch.bfloat16, enabled=mixed):
            loss = F.mse_loss(model(x), y)  # linear layers in bfloat16, the loss in float32
        optimizer.zero_grad()
        loss.backward()  # gradients land on the float32 parameters
        optimizer.step()
        losses.append(loss.item())
    return np.array(losses), model[2].weight.dtype


losses_fp32, _ = train(mixed=False)
losses_bf16, param_dtype = train(mixed=True)
max_rel_diff = float(np.max(np.abs(losses_bf16 - losses_fp32) / losses_fp32))

print("float32 losses: ", np.round(losses_fp32, 3))
print("bfloat16 losses:", np.round(losses_bf16, 3))
print("parameters:", param_dtype, "| bfloat16 within 3% of float32:", max_rel_diff < 0.03)
print("device:", device)
