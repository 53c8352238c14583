import os
import tempfile

import numpy as np
import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
rng = np.random.default_rng(0)
shapes = [(4, 8), (8,), (8, 3), (3,)]  # kernels as (in, out)
w1, b1, w2, b2 = (rng.standard_normal(s, dtype=np.float32) / 2 for s in shapes)
x = torch.tensor(rng.standard_normal((5, 4), dtype=np.float32), device=device)

model = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 3)).to(device).eval()
arrays = {"0.weight": w1.T, "0.bias": b1, "2.weight": w2.T, "2.bias": b2}  # torch: (out, in)
model.load_state_dict({name: torch.tensor(a) for name, a in arrays.items()})

batch = torch.export.Dim("batch")  # without it, the batch size 5 is baked into the graph
program = torch.export.export(model, (x,), dynamic_shapes=({0: batch},))
with tempfile.TemporaryDirectory() as tmp:
    torch.export.save(program, os.path.join(tmp, "mlp.pt2"))
    loaded = torch.export.load(os.path.join(tmp, "mlp.pt2"))

y_loaded = loaded.module()(x)  # a GraphModule: no MLP class or Python code needed
with torch.no_grad():
    y = model(x)
max_abs_diff = (y_loaded - y).abs().max().item()

specs = program.graph_signature.input_specs
print("inputs:", [(spec.kind.name, spec.target or spec.arg.name) for spec in specs])
print("ops:", [str(n.target) for n in program.graph.nodes if n.op == "call_function"])
print("batch of 2 ->", tuple(loaded.module()(x[:2]).shape))
print("y_loaded[0]:", y_loaded[0].detach().cpu().numpy().round(4))
print(f"max |y_loaded - y|: {max_abs_diff:.4f}")
print("device:", y_loaded.device.type)
