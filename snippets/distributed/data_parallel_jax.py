import os

os.environ["XLA_FLAGS"] = "--xla_force_host_platform_device_count=2"  # before importing jax

import jax
import jax.numpy as jnp
import numpy as np
from jax.sharding import NamedSharding
from jax.sharding import PartitionSpec as P

REPLICAS, BATCH, LR, EPOCHS = 2, 16, 0.1, 2  # global batch 16: 8 per device
devices = jax.devices() if jax.device_count() >= REPLICAS else jax.devices("cpu")
mesh = jax.make_mesh((REPLICAS,), ("data",), devices=devices)

rng = np.random.default_rng(0)
X = rng.standard_normal((32, 4), dtype=np.float32)
Y = X @ np.array([[1.0], [-2.0], [0.5], [3.0]], dtype=np.float32) + 0.5
W0 = 0.1 * rng.standard_normal((4, 1), dtype=np.float32)


@jax.jit
def step(params, x, y):
    grads = jax.grad(lambda p: jnp.mean((x @ p[0] + p[1] - y) ** 2))(params)
    return jax.tree.map(lambda p, g: p - LR * g, params, grads)


def train(params, put=lambda batch: batch):
    for _ in range(EPOCHS):
        for i in range(0, len(X), BATCH):
            params = step(params, *put((X[i : i + BATCH], Y[i : i + BATCH])))
    return params


replicated, by_batch = NamedSharding(mesh, P()), NamedSharding(mesh, P("data"))
params = jax.device_put((W0, np.zeros(1, np.float32)), replicated)  # a full copy per device
w, b = train(params, put=lambda batch: jax.device_put(batch, by_batch))  # rows split
single = np.concatenate([np.ravel(p) for p in train((W0, np.zeros(1, np.float32)))])

final_params = np.concatenate([np.ravel(w), np.ravel(b)])  # weights then bias
copies = [np.asarray(s.data) for s in w.addressable_shards]  # one per device
replica_max_diff = float(np.abs(copies[0] - copies[1]).max())
vs_single_device = float(np.abs(final_params - single).max())
batch = jax.device_put((X[:BATCH], Y[:BATCH]), by_batch)
compiled = step.lower(params, *batch).compile().as_text()
print("batch:", jax.typeof(batch[0]), "params:", jax.typeof(w), "on", len(copies), "devices")
print("compiler inserted an all-reduce:", "all-reduce" in compiled)
print("device:", devices[0].platform)
print("final params:", final_params.round(4))
print("replica max diff:", replica_max_diff)
print("same as one device (within 1e-5):", vs_single_device <= 1e-5)
