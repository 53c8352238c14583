import numpy as np
import torch
import torch.nn.functional as F

device = "cuda" if torch.cuda.is_available() else "cpu"
rng = np.random.default_rng(1)
logits_np = rng.standard_normal((6, 5)).astype(np.float32)
labels_np = np.array([2, 0, 4, 1, -100, -100])  # the last two are padding

logits = torch.tensor(logits_np, device=device)
labels = torch.tensor(labels_np, device=device)
# ignore_index=-100 is the default: the mean runs over the 4 real labels.
loss = F.cross_entropy(logits, labels).item()
per_example = F.cross_entropy(logits, labels, reduction="none")
summed = per_example.sum().item()
print(f"mean over real labels: {loss:.5f}")
print(f"sum / all 6 rows:      {summed / 6:.5f}")
print("device:", device)
