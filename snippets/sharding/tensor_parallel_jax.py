import os

os.environ["XLA_FLAGS"] = "--xla_force_host_platform_device_count=2"  # before importing jax

import jax
import jax.numpy as jnp
import numpy as np
from jax.sharding import NamedSharding
from jax.sharding import PartitionSpec as P

DEVICES = 2
devices = jax.devices() if jax.device_count() >= DEVICES else jax.devices("cpu")
mesh = jax.make_mesh((DEVICES,), ("model",), devices=devices)

rng = np.random.default_rng(0)
x, W1, W2 = (rng.standard_normal(s, dtype=np.float32) for s in [(3, 4), (4, 6), (6, 2)])

w1 = jax.device_put(W1, NamedSharding(mesh, P(None, "model")))  # columns split
w2 = jax.device_put(W2, NamedSharding(mesh, P("model", None)))  # rows split
xd = jax.device_put(x, NamedSharding(mesh, P()))  # a full copy on each device
jax.debug.visualize_array_sharding(w1, use_color=False, scale=0.5)


@jax.jit
def mlp(x, w1, w2):
    h = jax.nn.relu(x @ w1)  # each device computes its 3 columns
    # contracting a sharded axis: say how the result is laid out (here: all-reduce it)
    return h, jnp.matmul(h, w2, out_sharding=NamedSharding(mesh, P()))


h, out = mlp(xd, w1, w2)
arrays = (w1, w2, h, out)
local_shapes = [a.addressable_shards[0].data.shape for a in arrays]
x0 = jax.device_put(x, devices[0])  # the same layers on one device
unsharded = jax.nn.relu(x0 @ W1) @ W2
rebuild_diff = float(np.abs(np.asarray(w1) - W1).max())  # np.asarray gathers the shards
vs_unsharded = float(np.abs(np.asarray(out) - np.asarray(unsharded)).max())
print("device:", devices[0].platform, "| mesh:", dict(mesh.shape))
print(
    "local shapes on device 1 (w1, w2, h, out):",
    [a.addressable_shards[1].data.shape for a in arrays],
)
print("shardings (w1, w2, h, out):", [a.sharding.spec for a in arrays])
print("types (w1, w2, h, out):", [str(jax.typeof(a)) for a in arrays])
print("w1 rebuilt exactly:", rebuild_diff == 0.0)
print("out:\n", np.asarray(out).round(4))
print("same as unsharded (within 1e-5):", vs_unsharded <= 1e-5)
