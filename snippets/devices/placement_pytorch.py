import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.arange(6.0).reshape(2, 3)  # always created on the CPU
print("x:", x.device)
y = x.to(device)  # copies to the GPU; returns x itself if it is already there
print("y:", y.device, "| same object as x:", y is x)
z = (y * 2).sum(dim=0)  # runs on the device that holds its inputs
print("z:", z.device)
result = z.cpu().numpy()  # NumPy needs the data in host memory
print("result:", type(result).__name__, result)
