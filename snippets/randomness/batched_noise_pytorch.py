import torch
from torch.func import vmap

device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.zeros(4, 3, device=device)


def add_noise(row):  # written for one example
    return row + torch.randn(3, device=row.device)


try:
    vmap(add_noise)(x)  # default: randomness="error"
except RuntimeError as error:
    print("randomness='error':", str(error).split(".")[0])

torch.manual_seed(0)
noise = vmap(add_noise, randomness="different")(x)  # one draw per row
same = vmap(add_noise, randomness="same")(x)  # one draw, shared by every row
torch.manual_seed(0)
again = vmap(add_noise, randomness="different")(x)

rows_differ = len({tuple(row) for row in noise.tolist()}) == 4
same_rows = bool((same == same[0]).all())
reproducible = torch.equal(noise, again)
print("different:\n", noise, sep="")
print("rows differ:", rows_differ, "| 'same' rows equal:", same_rows)
print("re-seeded run identical:", reproducible)
print("device:", noise.device.type)
