import re
from importlib.metadata import metadata, packages_distributions

import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
meta = metadata(packages_distributions()["tensorflow"][0])
requires = meta.get_all("Requires-Dist") or []
cuda = [re.split(r"[ ;<>=!~\[]", r)[0] for r in requires if 'extra == "and-cuda"' in r]

print(meta["Name"], meta["Version"])
print("extras:", meta.get_all("Provides-Extra"))
print("[and-cuda] ->", cuda)  # NVIDIA's CUDA 12 wheels; no extra names another vendor
print("device:", device)
