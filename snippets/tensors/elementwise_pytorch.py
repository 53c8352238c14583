import torch

torch.set_printoptions(precision=3)
device = "cuda" if torch.cuda.is_available() else "cpu"

counts = torch.tensor([[1, 2], [3, 4]], device=device)
log_x = torch.log(counts)  # integer input is promoted to the default float dtype
exp_x = torch.exp(counts)

print("input:", counts.dtype, "| log:", log_x.dtype, "| exp:", exp_x.dtype)
print(log_x)
print(exp_x)
print("device:", counts.device.type)
