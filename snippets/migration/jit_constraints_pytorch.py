import torch
import torch.fx

device = "cuda" if torch.cuda.is_available() else "cpu"


def scale(x):
    print("  print in scale: sum =", x.sum().item())
    if x.sum() > 0:  # eager: an ordinary Python `if`
        return x * 2
    return -x


def positive_sum(x):
    return x[x > 0].sum()  # eager: a result whose shape depends on the values is fine


try:  # symbolic tracing sees no values, like jax.jit
    torch.fx.symbolic_trace(scale)
except torch.fx.proxy.TraceError as e:
    print("fx.symbolic_trace(scale) fails:", type(e).__name__)

xs = [torch.tensor(v, device=device) for v in ([1.0, -2.0, 3.0], [-1.0, -2.0, 0.5])]
results = [scale(x) for x in xs]
sums = [positive_sum(x) for x in xs]
print("results:", [r.tolist() for r in results], "| sums:", [s.item() for s in sums])
print("device:", xs[0].device.type)
