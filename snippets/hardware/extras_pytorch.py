from importlib.metadata import metadata, packages_distributions

import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
meta = metadata(packages_distributions()["torch"][0])

print(meta["Name"], meta["Version"])  # the local tag after "+" names the build
print("extras:", meta.get_all("Provides-Extra"))  # none of them is about hardware
print("CUDA:", torch.version.cuda, "| ROCm:", torch.version.hip, "| XPU:", torch.version.xpu)
print("MPS built in:", torch.backends.mps.is_built())
print("device:", device)
