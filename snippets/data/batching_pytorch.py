import torch
from torch.utils.data import DataLoader, TensorDataset

device = "cuda" if torch.cuda.is_available() else "cpu"

features = torch.arange(20, dtype=torch.float32).reshape(10, 2)  # sample i is [2i, 2i+1]
labels = torch.arange(10) % 2
dataset = TensorDataset(features, labels)
loader = DataLoader(dataset, batch_size=4, shuffle=True, generator=torch.Generator().manual_seed(0))

seen, batch_sizes = [], []
for xb, yb in loader:
    xb, yb = xb.to(device), yb.to(device)
    print(tuple(xb.shape), xb.tolist(), yb.tolist())
    seen += xb.tolist()
    batch_sizes.append(len(xb))

num_batches = len(loader)
seen = sorted(seen)
num_batches_drop_last = len(DataLoader(dataset, batch_size=4, drop_last=True))
print("batches:", num_batches, "sizes:", batch_sizes, "| drop_last:", num_batches_drop_last)
print("every sample once:", seen == features.tolist(), "| device:", xb.device.type)
