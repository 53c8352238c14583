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


def loss_fn(params, x, y):
    return jnp.mean((x @ params[0] + params[1] - y) ** 2)


def sgd_step(params, x, y):  # one device, the whole batch
    loss, grads = jax.value_and_grad(loss_fn)(params, x, y)
    return jax.tree.map(lambda p, g: p - LR * g, params, grads), loss


def replica_step(params, x, y):  # each device, its 8 rows
    local = jax.lax.pcast(params, "data", to="varying")  # a per-device copy: grads stay local
    loss, grads = jax.value_and_grad(loss_fn)(local, x, y)
    loss, grads = jax.lax.pmean((loss, grads), "data")  # the all-reduce, written by you
    return jax.tree.map(lambda p, g: p - LR * g, params, grads), loss


dp_step = jax.jit(
    jax.shard_map(
        replica_step,
        mesh=mesh,
        in_specs=(P(), P("data"), P("data")),  # params replicated, batch rows split
        out_specs=(P(), P()),  # outputs are the same on every device
    )
)


def shard(a, spec):  # place an array, or a tuple of arrays, on the mesh
    return jax.device_put(a, NamedSharding(mesh, spec))


def train(step, put=lambda a, spec: a):
    params, losses = put((W0, np.zeros(1, np.float32)), P()), []
    for _ in range(EPOCHS):
        for i in range(0, len(X), BATCH):
            params, loss = step(params, *put((X[i : i + BATCH], Y[i : i + BATCH]), P("data")))
            losses.append(loss)
    return params, np.array(losses, np.float32)


(w, b), losses = train(dp_step, shard)
single = np.concatenate([np.ravel(p) for p in train(jax.jit(sgd_step))[0]])

final_params = np.concatenate([np.ravel(w), np.ravel(b)])  # weights then bias
copies = [np.asarray(s.data) for s in w.addressable_shards]  # one per device
replica_max_diff = float(np.abs(copies[0] - copies[1]).max())
vs_single_device = float(np.abs(final_params - single).max())
batch = shard(X[:BATCH], P("data"))
print("batch:", jax.typeof(batch), "-> per device:", batch.addressable_shards[0].data.shape)
print("device:", devices[0].platform)
print("loss per step:", losses.round(4))
print("final params:", final_params.round(4))
print("replica max diff:", replica_max_diff)
print("same as one device (within 1e-5):", vs_single_device <= 1e-5)
