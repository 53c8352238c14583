import torch
from torch import nn

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(64, 128)  # attribute names become parameter names
        self.out = nn.Linear(128, 10)

    def forward(self, x):
        return self.out(torch.relu(self.hidden(x)))


model = MLP().to(device)
for name, p in model.named_parameters():
    print(f"{name:18} {str(tuple(p.shape)):10} requires_grad={p.requires_grad}")
print("state_dict keys:", list(model.state_dict()))

# A Linear weight is stored as (out, in): reverse it to compare with (in, out) kernels.
shapes = sorted(tuple(p.shape)[::-1] for p in model.parameters())
per_layer = [sum(p.numel() for p in layer.parameters()) for layer in (model.hidden, model.out)]
print("shapes as (in, out):", shapes, "| per layer:", per_layer, "| device:", device)
