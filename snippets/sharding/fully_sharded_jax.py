import os

os.environ["XLA_FLAGS"] = "--xla_force_host_platform_device_count=2"  # before importing jax

import re

import jax
import jax.numpy as jnp
import numpy as np
from jax.sharding import NamedSharding
from jax.sharding import PartitionSpec as P

DEVICES, BATCH, LR, EPOCHS = 2, 16, 0.1, 2  # global batch 16: 8 per device
devices = jax.devices() if jax.device_count() >= DEVICES else jax.devices("cpu")
mesh = jax.make_mesh((DEVICES,), ("data",), devices=devices)

rng = np.random.default_rng(0)
X = rng.standard_normal((32, 4), dtype=np.float32)
Y = X @ rng.standard_normal((4, 2), dtype=np.float32) + 0.5
W0 = 0.1 * rng.standard_normal((4, 2), dtype=np.float32)  # kernel as (in, out)


def gather(params):  # FSDP: all-gather full copies of the weights just before use
    return jax.reshard(params, NamedSharding(mesh, P()))


def make_step(gather=lambda p: p):
    def step(params, x, y):
        def loss_fn(params):
            w, b = gather(params)
            return jnp.mean((x @ w + b - y) ** 2)

        grads = jax.grad(loss_fn)(params)  # sharded like params: each device keeps its part
        return jax.tree.map(lambda p, g: p - LR * g, params, grads)

    return jax.jit(step)


def train(step, put=lambda a, spec: a):
    # parameters split over the same mesh axis as the batch: the layout of FSDP / ZeRO-3
    params = put(W0, P(None, "data")), put(np.zeros(2, np.float32), P("data"))
    for _ in range(EPOCHS):
        for i in range(0, len(X), BATCH):
            params = step(params, *put((X[i : i + BATCH], Y[i : i + BATCH]), P("data")))
    return params


def shard(a, spec):
    return jax.device_put(a, NamedSharding(mesh, spec))


fsdp_step = make_step(gather)
w, b = train(fsdp_step, shard)
single = np.concatenate([np.ravel(p) for p in train(make_step())])  # one device

final_params = np.concatenate([np.ravel(w), np.ravel(b)])  # kernel, then bias
local_shape = w.addressable_shards[0].data.shape
stored_per_device = sum(p.addressable_shards[0].data.size for p in (w, b))
vs_single_device = float(np.abs(final_params - single).max())
hlo = fsdp_step.lower((w, b), *shard((X[:BATCH], Y[:BATCH]), P("data"))).compile().as_text()
print("device:", devices[0].platform, "| mesh:", dict(mesh.shape))
print("kernel (4, 2): local shape per device", [s.data.shape for s in w.addressable_shards])
print("numbers stored per device:", stored_per_device, "of 10 | type:", jax.typeof(w))
collectives = sorted(set(re.findall(r"all-gather|all-reduce|reduce-scatter", hlo)))
print("collectives in the compiled step:", collectives)
print("final params:", final_params.round(4))
print("same as one device (within 1e-5):", vs_single_device <= 1e-5)
