import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

a = torch.tensor([[1, 2], [3, 4]], device=device)
b = torch.tensor([[5, 6], [7, 8]], device=device)
product = a @ b  # same as torch.matmul(a, b)

print(product)
print("dtype:", product.dtype, "| device:", product.device.type)
