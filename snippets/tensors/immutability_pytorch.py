import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.tensor([1, 2, 3, 4], device=device)
updated = x.clone()  # without clone, the writes below would change x too
updated[0] = 10  # in place
updated[2] += 5
print("x:", x, "| updated:", updated)

x.add_(1)  # a trailing underscore marks an in-place method
print("after x.add_(1):", x)
print("device:", x.device.type)
