import tensorflow as tf
import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

features = tf.reshape(tf.range(24, dtype=tf.float32), (12, 2)) / 24
targets = tf.linalg.matvec(features, [2.0, -1.0]) + 0.5
dataset = tf.data.Dataset.from_tensor_slices((features, targets)).batch(4)  # fixed order

w = torch.zeros(2, device=device, requires_grad=True)  # a PyTorch training step
b = torch.zeros((), device=device, requires_grad=True)
num_steps = 0
for _epoch in range(3):
    for xb, yb in dataset:
        x, y = torch.from_dlpack(xb).to(device), torch.from_dlpack(yb).to(device)  # no copy on CPU
        loss = ((x @ w + b - y) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            for p in (w, b):
                p -= 0.5 * p.grad
                p.grad = None
        num_steps += 1

print("tf.data yields", type(xb).__name__, "| PyTorch step gets", type(x).__name__)
print(f"after {num_steps} steps: w = {w.detach().cpu().numpy().round(4)}, b = {b.item():.4f}")
print("step device:", w.device.type)
