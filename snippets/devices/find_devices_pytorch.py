import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
n_gpus = torch.cuda.device_count()  # 0 on a CPU-only build or a machine without a GPU

print("torch.cuda.is_available():", torch.cuda.is_available())
print("torch.cuda.device_count():", n_gpus)
# the backend-neutral API (CUDA, ROCm, Apple MPS, Intel XPU, ...)
print("torch.accelerator.is_available():", torch.accelerator.is_available())
print("current accelerator:", torch.accelerator.current_accelerator(check_available=True))
print("device:", device)
