import torch

device = "cuda" if torch.cuda.is_available() else "cpu"


def mlp(x, w1, w2):
    h = torch.relu(x @ w1)
    return (h @ w2) * 0.5 + 1.0


x = torch.arange(-6.0, 6.0, device=device).reshape(3, 4)
w1 = torch.arange(-4.0, 4.0, device=device).reshape(4, 2)
w2 = torch.tensor([[1.0], [-1.0]], device=device)

eager = mlp(x, w1, w2)
compiled_mlp = torch.compile(mlp)  # TorchDynamo captures, TorchInductor generates code
compiled = compiled_mlp(x, w1, w2)  # first call compiles; later calls reuse the code

print("eager:   ", eager.flatten())
print("compiled:", compiled.flatten())
print("same values:", torch.equal(eager, compiled))
print("device:", compiled.device.type)
