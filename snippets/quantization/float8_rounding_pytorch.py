import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

# TODO: the PyTorch version of `float8_rounding`: the same computation on the same inputs as the
# other two files. Put the value they must agree on in `result`, print what the page
# discusses (floats at fixed precision), then delete this comment and the raise.
raise NotImplementedError("snippets/quantization/float8_rounding_pytorch.py: write the PyTorch version of this example")
result = None
print("result:", result)
print("device:", device)
