import numpy as np
import tensorflow as tf
from tensorflow.experimental import dtensor

DEVICES, BATCH, LR, EPOCHS = 2, 16, 0.1, 2  # global batch 16: 8 per device
gpus = tf.config.list_physical_devices("GPU")
if len(gpus) < DEVICES:  # split the CPU into 2 logical devices, before TF initialises them
    tf.config.set_logical_device_configuration(
        tf.config.list_physical_devices("CPU")[0], [tf.config.LogicalDeviceConfiguration()] * 2
    )
kind = "GPU" if len(gpus) >= DEVICES else "CPU"
mesh = dtensor.create_mesh([("data", DEVICES)], device_type=kind)

rng = np.random.default_rng(0)
X = rng.standard_normal((32, 4), dtype=np.float32)
Y = X @ rng.standard_normal((4, 2), dtype=np.float32) + 0.5
W0 = 0.1 * rng.standard_normal((4, 2), dtype=np.float32)  # kernel as (in, out)
U = dtensor.UNSHARDED


def put(array, specs):  # copy to the mesh (replicated), then re-lay out: each keeps its part
    replicated = dtensor.copy_to_mesh(array, dtensor.Layout.replicated(mesh, array.ndim))
    return dtensor.relayout(replicated, dtensor.Layout(specs, mesh))


def train(w, b, batch=lambda a: a):
    @tf.function
    def step(x, y):
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean(tf.square(tf.matmul(x, w) + b - y))
        grad_w, grad_b = tape.gradient(loss, [w, b])
        w.assign_sub(LR * grad_w)  # each device updates the part it stores
        b.assign_sub(LR * grad_b)

    for _ in range(EPOCHS):
        for i in range(0, len(X), BATCH):
            step(batch(X[i : i + BATCH]), batch(Y[i : i + BATCH]))
    return w.read_value(), b.read_value()


def gather(t):  # a sharded DTensor must be relaid out as replicated before it leaves the mesh
    replicated = dtensor.relayout(t, dtensor.Layout.replicated(mesh, t.shape.rank))
    return dtensor.unpack(replicated)[0].numpy()


# parameters split over the same mesh axis as the batch: the layout of FSDP / ZeRO-3
w = dtensor.DVariable(put(W0, [U, "data"]))
b = dtensor.DVariable(put(np.zeros(2, np.float32), ["data"]))
sharded = train(w, b, batch=lambda a: put(a, ["data", U]))
final_params = np.concatenate([gather(t).ravel() for t in sharded])  # kernel, then bias
with tf.device(f"/{kind}:0"):  # one device, not sharded
    single = train(tf.Variable(W0), tf.Variable(np.zeros(2, np.float32)))
single = np.concatenate([t.numpy().ravel() for t in single])

pieces = [dtensor.unpack(t) for t in sharded]  # one part per device
local_shape = tuple(pieces[0][0].shape)
stored_per_device = sum(int(tf.size(p[0])) for p in pieces)
vs_single_device = float(np.abs(final_params - single).max())
print("device:", kind.lower(), "| mesh:", dict(zip(mesh.dim_names, mesh.shape(), strict=True)))
print("kernel (4, 2): local shape per device", [tuple(t.shape) for t in pieces[0]])
layout = dtensor.fetch_layout(w).sharding_specs
print("numbers stored per device:", stored_per_device, "of 10 | layout:", layout)
print("final params:", final_params.round(4))
print("same as one device (within 1e-5):", vs_single_device <= 1e-5)
