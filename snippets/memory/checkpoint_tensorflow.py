import numpy as np
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

rng = np.random.default_rng(0)
x = rng.standard_normal((8, 16), dtype=np.float32)
weights = [
    rng.standard_normal(shape, dtype=np.float32) / 4
    for _ in range(3)
    for shape in ((16, 64), (64, 16))
]


def block(h, w1, w2):  # a residual MLP block: its 64-wide hidden layer is what we save
    return h + tf.tanh(h @ w1) @ w2


remat_block = tf.recompute_grad(block)


def grads(block_fn):
    ws = [tf.constant(w) for w in weights]
    with tf.GradientTape() as tape:
        tape.watch(ws)
        h = tf.constant(x)
        for w1, w2 in zip(ws[::2], ws[1::2], strict=True):
            h = block_fn(h, w1, w2)
        loss = tf.reduce_mean(h**2)
    return [g.numpy() for g in tape.gradient(loss, ws)]


with tf.device(device):
    plain = grads(block)
    remat = grads(remat_block)
max_diff = max(float(np.max(np.abs(a - b))) for a, b in zip(plain, remat, strict=True))
result = remat

print("gradients:", len(remat), "arrays, first row of the first:")
print(np.round(remat[0][0, :4], 4))
print("largest difference from no checkpointing:", max_diff)
print("device:", device[1:4].lower())
