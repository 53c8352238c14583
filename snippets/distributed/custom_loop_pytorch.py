import os
import socket

import numpy as np
import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset

WORLD, BATCH, LR, EPOCHS = 2, 16, 0.1, 2  # 2 replicas, global batch 16: 8 per replica
rng = np.random.default_rng(0)
X = rng.standard_normal((32, 4), dtype=np.float32)
Y = X @ np.array([[1.0], [-2.0], [0.5], [3.0]], dtype=np.float32) + 0.5
W0 = 0.1 * rng.standard_normal((4, 1), dtype=np.float32)
data = TensorDataset(torch.from_numpy(X), torch.from_numpy(Y))
use_gpus = torch.cuda.device_count() >= WORLD


def mean_over_replicas(t):  # what DDP does for you, bucketed and overlapped with backward
    if dist.is_initialized():
        dist.all_reduce(t, op=dist.ReduceOp.AVG)  # in place, the same on every process
    return t


def train(loader, device="cpu"):
    model = torch.nn.Linear(4, 1).to(device)
    with torch.no_grad():
        model.weight.copy_(torch.from_numpy(W0.T))  # the same start in every framework
        model.bias.zero_()
    losses = []
    for _ in range(EPOCHS):
        for x, y in loader:
            loss = torch.nn.functional.mse_loss(model(x.to(device)), y.to(device))
            loss.backward()
            with torch.no_grad():
                for p in model.parameters():
                    p -= LR * mean_over_replicas(p.grad)  # plain SGD
                    p.grad = None
            losses.append(mean_over_replicas(loss.detach()).item())
    params = torch.cat([p.detach().flatten() for p in model.parameters()])
    return params.cpu().numpy(), np.array(losses, np.float32)


def worker(rank, results):
    device = f"cuda:{rank}" if use_gpus else "cpu"
    dist.init_process_group("nccl" if use_gpus else "gloo", rank=rank, world_size=WORLD)
    sampler = DistributedSampler(data, num_replicas=WORLD, rank=rank, shuffle=False)
    results.put((rank, train(DataLoader(data, BATCH // WORLD, sampler=sampler), device)))
    dist.barrier()  # no rank tears down while another is still communicating
    dist.destroy_process_group()


if __name__ == "__main__":
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(s.getsockname()[1]))
    results = mp.get_context("spawn").SimpleQueue()
    mp.spawn(worker, args=(results,), nprocs=WORLD, join=True)
    replicas = dict(results.get() for _ in range(WORLD))
    (final_params, losses), (other, _) = replicas[0], replicas[1]
    single, _ = train(DataLoader(data, batch_size=BATCH))
    replica_max_diff = float(np.abs(final_params - other).max())
    vs_single_device = float(np.abs(final_params - single).max())
    print("processes:", WORLD, "backend:", "nccl" if use_gpus else "gloo")
    print("device:", "cuda" if use_gpus else "cpu")
    print("loss per step:", losses.round(4))
    print("final params:", final_params.round(4))
    print("replica max diff:", replica_max_diff)
    print("same as one device (within 1e-5):", vs_single_device <= 1e-5)
