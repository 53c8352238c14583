import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

from_list = torch.tensor([[1, 2, 3], [4, 5, 6]], device=device)
zeros = torch.zeros(2, 3, device=device)
ones = torch.ones(2, 3, device=device)
steps = torch.arange(0, 10, 2, device=device)
grid = torch.linspace(0, 1, 5, device=device)
sevens = torch.full((2, 2), 7.0, device=device)

for name, t in [
    ("from_list", from_list),
    ("zeros", zeros),
    ("ones", ones),
    ("steps", steps),
    ("grid", grid),
    ("sevens", sevens),
]:
    print(f"{name:<9} {str(t.dtype):<13} {str(t.shape):<18} {t.tolist()}")
print("device:", from_list.device.type)
