import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.zeros(3, device=device)


def noisy_step(x):  # draws from the hidden, process-wide generator
    return x + 0.1 * torch.randn(x.shape, device=device)


def run(seed):
    torch.manual_seed(seed)  # the only handle on the randomness is the global seed
    return torch.stack([noisy_step(x) for _ in range(3)])


noise, again = run(0), run(0)
steps_differ = not torch.equal(noise[0], noise[1])
rerun_repeats = torch.equal(noise, again)
print("noise per step:\n", noise.cpu().numpy().round(4))
print("steps differ:", steps_differ, "| re-run repeats:", rerun_repeats)
print("device:", noise.device.type)
