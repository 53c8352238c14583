import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
rng = np.random.default_rng(0)
x = rng.standard_normal((64, 4), dtype=np.float32)
y = x @ np.array([[1.0], [-2.0], [0.5], [3.0]], np.float32) + 0.1
shapes = [(4, 8), (8,), (8, 1), (1,)]  # kernels as (in, out)
w1, b1, w2, b2 = (0.5 * rng.standard_normal(s, dtype=np.float32) for s in shapes)
x, y = torch.tensor(x, device=device), torch.tensor(y, device=device)

model = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 1)).to(device)
model.load_state_dict(  # nn.Linear stores its weight as (out, in)
    {k: torch.tensor(v) for k, v in zip(model.state_dict(), [w1.T, b1, w2.T, b2], strict=True)}
)
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)  # compile(optimizer=...)
loss_fn = nn.MSELoss()  # compile(loss="mse")

epoch_loss, epoch_mae, steps = [], [], 0
for epoch in range(1, 4):  # fit(epochs=3)
    losses, maes = [], []
    for i in range(0, len(x), 16):  # fit(batch_size=16, shuffle=False)
        xb, yb = x[i : i + 16], y[i : i + 16]
        pred = model(xb)
        loss = loss_fn(pred, yb)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        steps += 1
        losses.append(loss.item())
        maes.append((pred - yb).abs().mean().item())  # compile(metrics=["mae"])
    epoch_loss.append(float(np.mean(losses)))  # what fit's history reports: the epoch mean
    epoch_mae.append(float(np.mean(maes)))
    print(f"epoch {epoch}  loss {epoch_loss[-1]:.4f}  mae {epoch_mae[-1]:.4f}")
print("optimizer steps:", steps, "| device:", device)
