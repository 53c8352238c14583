import torch
from sklearn.datasets import load_digits
from torch import nn

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"


def block(c_in, c_out):  # conv 3x3 -> batch norm -> ReLU -> 2x2 max-pool
    return nn.Sequential(
        nn.Conv2d(c_in, c_out, kernel_size=3, padding=1),  # padding=1 keeps 8x8 ("same")
        nn.BatchNorm2d(c_out),
        nn.ReLU(),
        nn.MaxPool2d(2),
    )


model = nn.Sequential(block(1, 16), block(16, 32), nn.Flatten(), nn.Linear(32 * 2 * 2, 10))
model = model.to(device).eval()  # eval: batch norm uses its running statistics

images = load_digits().images[:8] / 16.0  # (8, 8, 8): 8 images of 8x8 pixels
x = torch.tensor(images, dtype=torch.float32, device=device).reshape(8, 1, 8, 8)  # NCHW
print("input (N, C, H, W):", tuple(x.shape), "| device:", device)
feature_shapes = []
with torch.no_grad():
    h = x
    for stage in model[:2]:
        h = stage(h)
        feature_shapes.append((h.shape[2], h.shape[3], h.shape[1]))  # as (H, W, C)
        print("after block:", tuple(h.shape))
    logits = model[2:](h)
print("logits:", tuple(logits.shape))

n_trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
buffers = dict(model.named_buffers())
n_running_stats = sum(b.numel() for name, b in buffers.items() if "running" in name)
print("trainable:", n_trainable, "| running mean/var:", n_running_stats)
print("other buffers:", [name for name in buffers if "running" not in name])
