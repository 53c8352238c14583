import importlib.util

import torch

if torch.cuda.is_available():  # NVIDIA, and AMD in a ROCm build of PyTorch
    backend = "rocm" if torch.version.hip else "cuda"
    device = "cuda"
elif torch.backends.mps.is_available():  # Apple silicon
    backend = device = "mps"
elif torch.xpu.is_available():  # Intel GPUs
    backend = device = "xpu"
elif importlib.util.find_spec("torch_xla"):  # TPUs, through PyTorch/XLA
    import torch_xla

    backend, device = "tpu", torch_xla.device()
else:
    backend = device = "cpu"

a = (torch.arange(12, dtype=torch.float32) / 4).reshape(3, 4).to(device)
b = (torch.arange(8, dtype=torch.float32) - 3.5).reshape(4, 2).to(device)
c = a @ b
result = c.cpu().numpy()

print("backend:", backend)
print("a @ b ran on:", c.device)
print("result:", result.tolist())
print("device:", device)
