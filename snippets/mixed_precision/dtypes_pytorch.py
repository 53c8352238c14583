import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

limits = []
for dtype in (torch.float16, torch.bfloat16, torch.float32):
    info = torch.finfo(dtype)
    limits.append([info.max, info.eps])
    print(f"{str(dtype)[6:]:9} max={info.max:<12.6g} eps={info.eps:.6g}")

big, near_one = torch.tensor(70000.0, device=device), torch.tensor(1 + 1 / 256, device=device)
casts = [v.to(d).item() for v in (big, near_one) for d in (torch.float16, torch.bfloat16)]
print("70000     as float16, bfloat16:", casts[0], casts[1])
print("1 + 1/256 as float16, bfloat16:", casts[2], casts[3])
print("device:", device)
