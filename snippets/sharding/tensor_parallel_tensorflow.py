import numpy as np
import tensorflow as tf
from tensorflow.experimental import dtensor

DEVICES = 2
gpus = tf.config.list_physical_devices("GPU")
if len(gpus) < DEVICES:  # split the CPU into 2 logical devices, before TF initialises them
    tf.config.set_logical_device_configuration(
        tf.config.list_physical_devices("CPU")[0], [tf.config.LogicalDeviceConfiguration()] * 2
    )
kind = "GPU" if len(gpus) >= DEVICES else "CPU"
mesh = dtensor.create_mesh([("model", DEVICES)], device_type=kind)

rng = np.random.default_rng(0)
x, W1, W2 = (rng.standard_normal(s, dtype=np.float32) for s in [(3, 4), (4, 6), (6, 2)])
U = dtensor.UNSHARDED


def put(array, specs):  # copy to the mesh (replicated), then re-lay out: each keeps its part
    replicated = dtensor.copy_to_mesh(array, dtensor.Layout.replicated(mesh, array.ndim))
    return dtensor.relayout(replicated, dtensor.Layout(specs, mesh))


w1 = dtensor.DVariable(put(W1, [U, "model"]))  # columns split
w2 = dtensor.DVariable(put(W2, ["model", U]))  # rows split
xd = put(x, [U, U])  # a full copy on each device


@tf.function
def mlp(x):
    h = tf.nn.relu(tf.matmul(x, w1))  # each device computes its 3 columns
    return h, tf.matmul(h, w2)  # DTensor inserts the all-reduce of the partial sums


h, out_d = mlp(xd)
layouts = [dtensor.fetch_layout(t).sharding_specs for t in (w1, w2, h, out_d)]
pieces = [dtensor.unpack(t) for t in (w1.read_value(), w2.read_value(), h, out_d)]  # per device
local_shapes = [tuple(p[0].shape) for p in pieces]
w1_full = dtensor.relayout(w1.read_value(), dtensor.Layout.replicated(mesh, 2))  # all-gather
out = dtensor.unpack(out_d)[0].numpy()
with tf.device(f"/{kind}:0"):  # the same layers on one device
    unsharded = tf.matmul(tf.nn.relu(tf.matmul(x, W1)), W2).numpy()
rebuild_diff = float(np.abs(dtensor.unpack(w1_full)[0].numpy() - W1).max())
vs_unsharded = float(np.abs(out - unsharded).max())
print("device:", kind.lower(), "| mesh:", dict(zip(mesh.dim_names, mesh.shape(), strict=True)))
print("local shapes on device 1 (w1, w2, h, out):", [tuple(p[1].shape) for p in pieces])
print("layouts (w1, w2, h, out):", layouts)
print("w1 rebuilt exactly:", rebuild_diff == 0.0)
print("out:\n", out.round(4))
print("same as unsharded (within 1e-5):", vs_unsharded <= 1e-5)
