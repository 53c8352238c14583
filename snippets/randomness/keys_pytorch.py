import torch

device = "cuda" if torch.cuda.is_available() else "cpu"


def normal(seed, n=3):  # no key type: the nearest is a freshly seeded Generator
    generator = torch.Generator(device=device).manual_seed(seed)
    return torch.randn(n, generator=generator, device=device)


a = normal(0)
b = normal(0)  # same seed: the same numbers
n1, n2 = normal(1), normal(2)  # "split": you pick distinct seeds yourself

reuse_repeats = torch.equal(a, b)
split_differ = not bool((n1 == n2).any() or (n1 == a).any())
print("seed reused:", a.cpu().numpy().round(4), b.cpu().numpy().round(4))
print("other seeds:", n1.cpu().numpy().round(4), n2.cpu().numpy().round(4))
print("reuse repeats:", reuse_repeats, "| split streams differ:", split_differ)
print("torch has no split or fold_in for seeds")
print("device:", a.device.type)
