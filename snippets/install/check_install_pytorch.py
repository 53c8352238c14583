import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
print("torch", torch.__version__)
print("CUDA build:", torch.version.cuda is not None, "| GPU visible:", torch.cuda.is_available())
if device == "cuda":
    print("GPU:", torch.cuda.get_device_name(0))

total = torch.arange(1, 11, device=device).sum()
print("sum of 1..10 on", device, "=", total.item())
