import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

torch.manual_seed(0)
expected = torch.rand(2, device=device)  # what the global stream gives next
torch.manual_seed(0)

gen = torch.Generator(device=device).manual_seed(42)  # private state, passed to each op
a = torch.randn(3, generator=gen, device=device)
b = torch.randn(3, generator=gen, device=device)  # the generator advanced
twin = torch.Generator(device=device).manual_seed(42)
c = torch.randn(3, generator=twin, device=device)

advances = not torch.equal(a, b)
same_seed_same = torch.equal(a, c)
print("generator, twice:", a.cpu().numpy().round(4), b.cpu().numpy().round(4))
print("same seed, new generator:", c.cpu().numpy().round(4))
print("advances:", advances, "| same seed, same numbers:", same_seed_same)
print("global stream untouched:", torch.equal(torch.rand(2, device=device), expected))
print("device:", a.device.type)
