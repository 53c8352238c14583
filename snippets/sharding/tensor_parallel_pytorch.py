import numpy as np
import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch.distributed.device_mesh import init_device_mesh
from torch.distributed.tensor import Replicate, Shard, distribute_tensor

WORLD = 2
rng = np.random.default_rng(0)
x, W1, W2 = (rng.standard_normal(s, dtype=np.float32) for s in [(3, 4), (4, 6), (6, 2)])
use_gpus = torch.cuda.device_count() >= WORLD


def worker(rank, port, results):
    store = dist.TCPStore("127.0.0.1", port, is_master=False)  # held by the parent process
    backend = "nccl" if use_gpus else "gloo"
    dist.init_process_group(backend, store=store, rank=rank, world_size=WORLD)
    mesh = init_device_mesh("cuda" if use_gpus else "cpu", (WORLD,), mesh_dim_names=("model",))
    w1 = distribute_tensor(torch.from_numpy(W1), mesh, [Shard(1)])  # columns split
    w2 = distribute_tensor(torch.from_numpy(W2), mesh, [Shard(0)])  # rows split
    xd = distribute_tensor(torch.from_numpy(x), mesh, [Replicate()])  # a full copy each
    h = torch.relu(xd @ w1)  # each rank computes its 3 columns: no communication
    partial = h @ w2  # each rank holds a partial sum of the output
    out = partial.redistribute(mesh, [Replicate()])  # the all-reduce
    shapes = [tuple(t.to_local().shape) for t in (w1, w2, h, out)]
    placements = [t.placements[0] for t in (w1, w2, h, partial, out)]
    full = [w1.full_tensor().cpu().numpy(), out.to_local().cpu().numpy()]  # NumPy crosses processes
    results.put((rank, shapes, placements, *full))
    dist.barrier()  # no rank tears down while another is still communicating
    dist.destroy_process_group()


if __name__ == "__main__":
    # The parent holds the rendezvous store: port 0 lets the OS pick a free port, and the
    # store outlives every rank, so no rank loses it while the others tear down.
    store = dist.TCPStore("127.0.0.1", 0, is_master=True, wait_for_workers=False)
    results = mp.get_context("spawn").SimpleQueue()
    mp.spawn(worker, args=(store.port, results), nprocs=WORLD, join=True)
    by_rank = {r[0]: r[1:] for r in (results.get() for _ in range(WORLD))}
    local_shapes, placements, w1_full, out = by_rank[0]
    unsharded = (
        torch.relu(torch.from_numpy(x) @ torch.from_numpy(W1)) @ torch.from_numpy(W2)
    ).numpy()
    rebuild_diff = float(np.abs(w1_full - W1).max())
    vs_unsharded = float(np.abs(out - unsharded).max())
    print("device:", "cuda" if use_gpus else "cpu", "| ranks:", WORLD)
    print("local shapes on rank 1 (w1, w2, h, out):", by_rank[1][0])
    print("placements (w1, w2, h, h @ w2, out):", placements)
    print("w1 rebuilt exactly:", rebuild_diff == 0.0)
    print("out:\n", out.round(4))
    print("same as unsharded (within 1e-5):", vs_unsharded <= 1e-5)
