import os
import tempfile

import numpy as np
import onnxruntime as ort
import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
rng = np.random.default_rng(0)
shapes = [(4, 8), (8,), (8, 3), (3,)]  # kernels as (in, out)
w1, b1, w2, b2 = (rng.standard_normal(s, dtype=np.float32) / 2 for s in shapes)
x = rng.standard_normal((5, 4), dtype=np.float32)

model = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 3)).to(device).eval()
arrays = {"0.weight": w1.T, "0.bias": b1, "2.weight": w2.T, "2.bias": b2}  # torch: (out, in)
model.load_state_dict({name: torch.tensor(a) for name, a in arrays.items()})
x_t = torch.tensor(x, device=device)

batch = torch.export.Dim("batch")
onnx_program = torch.onnx.export(  # dynamo=True is the default since PyTorch 2.9
    model, (x_t,), dynamo=True, dynamic_shapes=({0: batch},), verbose=False
)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "mlp.onnx")
    onnx_program.save(path)
    session = ort.InferenceSession(path, providers=["CPUExecutionProvider"])
(inp,) = session.get_inputs()
y_loaded = session.run(None, {inp.name: x})[0]  # NumPy in, NumPy out: no torch needed

with torch.no_grad():
    y = model(x_t).cpu().numpy()
max_abs_diff = float(np.abs(y_loaded - y).max())
graph = onnx_program.model_proto.graph
print("opset:", onnx_program.model_proto.opset_import[0].version)
print("nodes:", [node.op_type for node in graph.node])
print("input:", inp.name, inp.shape, "-> outputs:", [o.name for o in session.get_outputs()])
print("y_loaded[0]:", y_loaded[0].round(4))
print(f"max |y_loaded - y|: {max_abs_diff:.4f}")
print("device:", device, "| onnxruntime:", session.get_providers()[0])
