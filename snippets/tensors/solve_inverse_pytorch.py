import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

A = torch.tensor([[3.0, 1.0], [1.0, 2.0]], device=device)
b = torch.tensor([9.0, 8.0], device=device)
x = torch.linalg.solve(A, b)  # a 1-D b is fine
A_inv = torch.linalg.inv(A)

print("x:", x, "| A @ x:", A @ x)
print("inv(A):", A_inv)
print("A @ inv(A) == I:", torch.allclose(A @ A_inv, torch.eye(2, device=device), atol=1e-6))
print("device:", A.device.type)
