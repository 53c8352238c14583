import numpy as np
import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
LIMIT = 2.0


# An op of our own: the compiler sees one opaque call, never its body, which in real use is
# a C++, CUDA or Triton kernel.
@torch.library.custom_op("rosetta::softclip", mutates_args=())
def softclip(x: torch.Tensor) -> torch.Tensor:
    return LIMIT * torch.tanh(x / LIMIT)


@softclip.register_fake  # the output's shape and dtype, for tracing without running it
def _(x):
    return torch.empty_like(x)


def setup_context(ctx, inputs, output):
    (x,) = inputs
    ctx.save_for_backward(x)


def backward(ctx, grad):
    (x,) = ctx.saved_tensors
    return grad * (1 - torch.tanh(x / LIMIT) ** 2)


softclip.register_autograd(backward, setup_context=setup_context)


@torch.compile(fullgraph=True)  # fullgraph: fail rather than fall back to Python
def loss_fn(x):
    return (softclip(x) ** 2).sum()


x = torch.tensor(np.linspace(-4, 4, 9, dtype=np.float32), device=device, requires_grad=True)
loss = loss_fn(x)
loss.backward()
result = x.grad
torch.library.opcheck(softclip, (x.detach(),))  # schema, fake and autograd registrations

print(f"loss: {loss.item():.4f}")
print("gradient:", np.round(result.cpu().numpy(), 4))
print("device:", device)
