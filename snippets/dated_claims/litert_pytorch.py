import os
import tempfile

import torch

device = "cuda" if torch.cuda.is_available() else "cpu"


class Affine(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("W", torch.tensor([[1.0, -1.0], [0.5, 2.0], [0.0, 1.0]]))
        self.register_buffer("b", torch.tensor([0.5, -0.5]))

    def forward(self, x):
        return x @ self.W + self.b


x = torch.tensor([[1.0, 2.0, 3.0]])
program = torch.export.export(Affine(), (x,))  # the graph ExecuTorch starts from
path = os.path.join(tempfile.mkdtemp(), "affine.pt2")
torch.export.save(program, path)
loaded = torch.export.load(path).module()
y = loaded(x)
reference = Affine().to(device)(x.to(device))

print("exported output:", y, "| eager output:", reference)
print("on-device runtime: ExecuTorch, which loads torch.export programs (not installed here)")
print("device:", reference.device.type)
