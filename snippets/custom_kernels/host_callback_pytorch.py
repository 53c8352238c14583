import numpy as np
import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
XP = np.array([-2.0, 0.0, 1.0, 3.0])  # a piecewise-linear curve through these points
FP = np.array([0.0, 1.0, 0.5, 2.0])


def curve(x: np.ndarray) -> np.ndarray:  # host code: NumPy, which the compiler cannot trace
    return np.interp(x, XP, FP).astype(np.float32)


# Wrapped as an op, the host call is one node of the compiled graph, not a graph break.
@torch.library.custom_op("rosetta::curve", mutates_args=())
def curve_op(x: torch.Tensor) -> torch.Tensor:
    return torch.from_numpy(curve(x.cpu().numpy())).to(x.device)


@curve_op.register_fake
def _(x):
    return torch.empty_like(x)


@torch.compile(fullgraph=True)
def f(x):
    return curve_op(x * 2) + 1


x = torch.tensor(np.linspace(-1.5, 1.5, 7, dtype=np.float32), device=device)
result = f(x)

print("result:", np.round(result.cpu().numpy(), 4))
print("dtype:", result.dtype)
print("device:", device)
