import torch

device = "cuda" if torch.cuda.is_available() else "cpu"


def rms_normalise(x):
    y = x / torch.sqrt(torch.mean(x**2))
    if not torch.isfinite(y).all():  # eager code: an ordinary Python check works
        raise FloatingPointError("rms_normalise: result has NaN or Inf")
    return y


good = rms_normalise(torch.tensor([2.0, -2.0, 2.0, -2.0], device=device))
print("good input:", good)
try:
    rms_normalise(torch.zeros(4, device=device))
    caught = False
except FloatingPointError as error:
    caught = True
    print("zeros:", error)
print("device:", good.device.type)
