import numpy as np
import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch.distributed.device_mesh import init_device_mesh
from torch.distributed.fsdp import fully_shard
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset

WORLD, BATCH, LR, EPOCHS = 2, 16, 0.1, 2  # global batch 16: 8 per rank
rng = np.random.default_rng(0)
X = rng.standard_normal((32, 4), dtype=np.float32)
Y = X @ rng.standard_normal((4, 2), dtype=np.float32) + 0.5
W0 = 0.1 * rng.standard_normal((4, 2), dtype=np.float32)  # kernel as (in, out)
data = TensorDataset(torch.from_numpy(X), torch.from_numpy(Y))
use_gpus = torch.cuda.device_count() >= WORLD


def train(loader, shard=None, device="cpu"):
    model = torch.nn.Linear(4, 2).to(device)
    with torch.no_grad():
        model.weight.copy_(torch.from_numpy(W0.T))  # torch stores (out, in)
        model.bias.zero_()
    if shard:
        shard(model)
    opt = torch.optim.SGD(model.parameters(), lr=LR)  # updates only the local shards
    for _ in range(EPOCHS):
        for x, y in loader:
            opt.zero_grad()
            torch.nn.functional.mse_loss(model(x.to(device)), y.to(device)).backward()
            opt.step()
    return model


def worker(rank, port, results):
    device = f"cuda:{rank}" if use_gpus else "cpu"
    store = dist.TCPStore("127.0.0.1", port, is_master=False)  # held by the parent process
    backend = "nccl" if use_gpus else "gloo"
    dist.init_process_group(backend, store=store, rank=rank, world_size=WORLD)
    mesh = init_device_mesh("cuda" if use_gpus else "cpu", (WORLD,))
    sampler = DistributedSampler(data, num_replicas=WORLD, rank=rank, shuffle=False)
    loader = DataLoader(data, batch_size=BATCH // WORLD, sampler=sampler)
    model = train(loader, lambda m: fully_shard(m, mesh=mesh), device)
    weight = model.weight  # a DTensor: this rank stores one row of the (2, 4) weight
    stored = sum(p.to_local().numel() for p in model.parameters())
    full = [p.full_tensor().detach().cpu().numpy() for p in (model.weight, model.bias)]
    results.put((rank, tuple(weight.to_local().shape), stored, weight.placements, *full))
    dist.barrier()  # no rank tears down while another is still communicating
    dist.destroy_process_group()


if __name__ == "__main__":
    # The parent holds the rendezvous store: port 0 lets the OS pick a free port, and the
    # store outlives every rank, so no rank loses it while the others tear down.
    store = dist.TCPStore("127.0.0.1", 0, is_master=True, wait_for_workers=False)
    results = mp.get_context("spawn").SimpleQueue()
    mp.spawn(worker, args=(store.port, results), nprocs=WORLD, join=True)
    by_rank = {r[0]: r[1:] for r in (results.get() for _ in range(WORLD))}
    torch_shape, stored_per_device, placements, weight, bias = by_rank[0]
    local_shape = torch_shape[::-1]  # as (in, out), the layout of the other frameworks
    final_params = np.concatenate([weight.T.ravel(), bias])  # kernel (in, out), then bias
    single = train(DataLoader(data, batch_size=BATCH))  # one process, not sharded
    single = np.concatenate([single.weight.detach().T.ravel(), single.bias.detach()])
    vs_single_device = float(np.abs(final_params - single).max())
    print("device:", "cuda" if use_gpus else "cpu", "| ranks:", WORLD)
    print("weight (2, 4): local shape per rank", [by_rank[r][0] for r in range(WORLD)])
    print("numbers stored per rank:", stored_per_device, "of 10 | placements:", placements)
    print("final params:", final_params.round(4))
    print("same as one device (within 1e-5):", vs_single_device <= 1e-5)
