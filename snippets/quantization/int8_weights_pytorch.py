import numpy as np
import torch
from torch import nn
from torchao.quantization import Int8WeightOnlyConfig, quantize_

rng = np.random.default_rng(0)
w1 = rng.standard_normal((64, 32), dtype=np.float32) / 6
b1 = rng.standard_normal(64, dtype=np.float32) / 10
w2 = rng.standard_normal((10, 64), dtype=np.float32) / 8
b2 = rng.standard_normal(10, dtype=np.float32) / 10
x = rng.standard_normal((16, 32), dtype=np.float32)

device = "cuda" if torch.cuda.is_available() else "cpu"
model = nn.Sequential(nn.Linear(32, 64), nn.ReLU(), nn.Linear(64, 10)).to(device)
state = {"0.weight": w1, "0.bias": b1, "2.weight": w2, "2.bias": b2}
model.load_state_dict({k: torch.from_numpy(v) for k, v in state.items()})
xt = torch.from_numpy(x).to(device)
with torch.no_grad():
    y_float = model(xt).cpu().numpy()
    quantize_(model, Int8WeightOnlyConfig())
    y_int8 = model(xt).cpu().numpy()

weight = model[0].weight
codes = weight.qdata.cpu().numpy()  # (out, in), like the float weight
divisor = np.abs(w1[0]).max() / weight.scale[0].item()
print("first layer:", type(weight).__name__, codes.dtype, codes.shape)
print("row 0 codes:", codes[0, :8], f"step = max|w| / {divisor:.2f}")
max_abs = float(np.abs(y_int8 - y_float).max())
rel_error = float(np.linalg.norm(y_int8 - y_float) / np.linalg.norm(y_float))
print(f"max abs error: {max_abs:.4f}, relative error: {rel_error:.5f}")
print("device:", device)
