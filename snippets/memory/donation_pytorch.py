import numpy as np
import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

rng = np.random.default_rng(0)
w0 = rng.standard_normal((512, 512), dtype=np.float32)  # 1 MiB of float32
g = torch.from_numpy(rng.standard_normal((512, 512), dtype=np.float32)).to(device)

w = torch.nn.Parameter(torch.tensor(w0, device=device))  # a copy of w0
address = w.data_ptr()
with torch.no_grad():
    w.sub_(0.5 * g)  # an in-place op: the trailing underscore
in_place_op = w.data_ptr() == address

w = torch.nn.Parameter(torch.tensor(w0, device=device))  # a copy of w0
address = w.data_ptr()
optimizer = torch.optim.SGD([w], lr=0.5)
w.grad = g
optimizer.step()  # updates the parameter in place too
in_place_step = w.data_ptr() == address
result = w.detach().cpu().numpy()

print("sub_ kept the buffer:", in_place_op)
print("optimizer.step kept the buffer:", in_place_step)
print("w[0, :3]:", np.round(result[0, :3], 4))
print("device:", device)
