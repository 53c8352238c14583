import torch
from torch.utils.data import DataLoader, TensorDataset

device = "cuda" if torch.cuda.is_available() else "cpu"

squares = torch.arange(10, dtype=torch.float32) ** 2
loader = DataLoader(TensorDataset(squares), batch_size=4)  # keeps the last, short batch
batches = [xb.to(device) for (xb,) in loader]
batch_sums = [b.sum().item() for b in batches]
n_batches = len(batches)

print("a torch DataLoader:", isinstance(loader, DataLoader))
print("batches:", [b.tolist() for b in batches])
print("batch sums:", batch_sums, "| device:", batches[0].device.type)
