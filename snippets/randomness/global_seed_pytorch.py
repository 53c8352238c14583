import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

torch.manual_seed(0)  # seeds the process-wide generators (CPU and every GPU)
first = torch.rand(3, device=device)
second = torch.rand(3, device=device)  # same call, next numbers in the stream
torch.manual_seed(0)
again = torch.rand(3, device=device)  # the stream starts over

differs = not torch.equal(first, second)
restored = torch.equal(first, again)
print("first: ", first)
print("second:", second)
print("again: ", again)
print("second call differs:", differs)
print("re-seeding restores:", restored)
print("device:", first.device.type)
