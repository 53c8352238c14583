import inspect

import numpy as np
import torch
import torch.nn.functional as F

device = "cuda" if torch.cuda.is_available() else "cpu"
rng = np.random.default_rng(0)
logits_np = (2 * rng.standard_normal((4, 5))).astype(np.float32)
labels_np = np.array([0, 3, 1, 4])

defaults = inspect.signature(F.cross_entropy).parameters
print("reduction:", defaults["reduction"].default)
print("label_smoothing:", defaults["label_smoothing"].default)

logits = torch.tensor(logits_np, device=device)
labels = torch.tensor(labels_np, device=device)
ce = F.cross_entropy(logits, labels).item()
ce_smooth = F.cross_entropy(logits, labels, label_smoothing=0.1).item()
# The mirror mistake: probabilities where logits are expected (a second softmax).
wrong = F.cross_entropy(torch.softmax(logits, dim=1), labels).item()
print(f"from logits:        {ce:.5f}")
print(f"label smoothing 0.1: {ce_smooth:.5f}")
print(f"softmax passed in:  {wrong:.5f}")
print("device:", device)
