import os
import socket

import numpy as np
import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch.nn.parallel import DistributedDataParallel as DDP
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset

WORLD, BATCH, LR, EPOCHS = 2, 16, 0.1, 2  # 2 replicas, global batch 16: 8 per replica
rng = np.random.default_rng(0)
X = rng.standard_normal((32, 4), dtype=np.float32)
Y = X @ np.array([[1.0], [-2.0], [0.5], [3.0]], dtype=np.float32) + 0.5
W0 = 0.1 * rng.standard_normal((4, 1), dtype=np.float32)
data = TensorDataset(torch.from_numpy(X), torch.from_numpy(Y))
use_gpus = torch.cuda.device_count() >= WORLD  # NCCL wants one GPU per process


def train(loader, wrap=lambda model: model, device="cpu"):
    model = torch.nn.Linear(4, 1).to(device)
    with torch.no_grad():
        model.weight.copy_(torch.from_numpy(W0.T))  # the same start in every framework
        model.bias.zero_()
    model = wrap(model)
    opt = torch.optim.SGD(model.parameters(), lr=LR)
    for _ in range(EPOCHS):
        for x, y in loader:
            opt.zero_grad()
            torch.nn.functional.mse_loss(model(x.to(device)), y.to(device)).backward()
            opt.step()  # DDP already averaged the gradients across processes
    return torch.cat([p.detach().flatten() for p in model.parameters()]).cpu().numpy()


def worker(rank, results):  # runs in each of the WORLD processes
    device = f"cuda:{rank}" if use_gpus else "cpu"
    dist.init_process_group("nccl" if use_gpus else "gloo", rank=rank, world_size=WORLD)
    sampler = DistributedSampler(data, num_replicas=WORLD, rank=rank, shuffle=False)
    loader = DataLoader(data, batch_size=BATCH // WORLD, sampler=sampler)
    ids = [rank] if use_gpus else None
    first_rows = list(sampler)[: BATCH // WORLD]  # rows of this rank's first batch
    results.put((rank, first_rows, train(loader, lambda m: DDP(m, device_ids=ids), device)))
    dist.barrier()  # no rank tears down while another is still communicating
    dist.destroy_process_group()


if __name__ == "__main__":
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))  # port 0: the OS picks a free port
        os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(s.getsockname()[1]))
    results = mp.get_context("spawn").SimpleQueue()
    mp.spawn(worker, args=(results,), nprocs=WORLD, join=True)
    by_rank = {r[0]: r[1:] for r in (results.get() for _ in range(WORLD))}
    (rows, final_params), (_, other) = by_rank[0], by_rank[1]  # weights, then bias
    single = train(DataLoader(data, batch_size=BATCH))  # one process, same global batches
    replica_max_diff = float(np.abs(final_params - other).max())
    vs_single_device = float(np.abs(final_params - single).max())
    print("processes:", WORLD, "backend:", "nccl" if use_gpus else "gloo")
    print("device:", "cuda" if use_gpus else "cpu")
    print("first batch: rank 0 rows", rows, "| rank 1 rows", by_rank[1][0])
    print("final params:", final_params.round(4))
    print("replica max diff:", replica_max_diff)
    print("same as one device (within 1e-5):", vs_single_device <= 1e-5)
