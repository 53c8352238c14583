import os
import tempfile

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
model = nn.Sequential(nn.Linear(32, 64), nn.ReLU(), nn.Linear(64, 10)).to(device).eval()
state = {"0.weight": w1, "0.bias": b1, "2.weight": w2, "2.bias": b2}
model.load_state_dict({k: torch.from_numpy(v) for k, v in state.items()})
xt = torch.from_numpy(x).to(device)
with torch.no_grad():
    y_float = model(xt).cpu().numpy()
    quantize_(model, Int8WeightOnlyConfig())
    y_int8 = model(xt).cpu().numpy()

program = torch.export.export(model, (xt,))
with tempfile.TemporaryDirectory() as tmp:
    torch.export.save(program, os.path.join(tmp, "mlp_int8.pt2"))
    loaded = torch.export.load(os.path.join(tmp, "mlp_int8.pt2"))  # needs torchao imported
with torch.no_grad():
    y_loaded = loaded.module()(xt).cpu().numpy()

int8_weights = [k for k, v in loaded.state_dict.items() if type(v).__name__ == "Int8Tensor"]
ops = sorted({str(n.target) for n in program.graph.nodes if n.op == "call_function"})
print("int8 weights in the artifact:", int8_weights)
print("ops:", [op for op in ops if "mm" in op or "to." in op or "mul" in op])
max_abs_diff = float(np.abs(y_loaded - y_int8).max())
rel_error = float(np.linalg.norm(y_loaded - y_float) / np.linalg.norm(y_float))
print(f"max |loaded - quantized model|: {max_abs_diff:.1e}")
print(f"relative error vs float32: {rel_error:.5f}")
print("device:", device)
