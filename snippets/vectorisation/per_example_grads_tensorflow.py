import numpy as np
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
rng = np.random.default_rng(0)
X, Y = rng.standard_normal((8, 3), np.float32), rng.standard_normal(8, np.float32)
W1, b1 = rng.standard_normal((3, 4), np.float32), rng.standard_normal(4, np.float32)
W2, b2 = rng.standard_normal((4, 1), np.float32), rng.standard_normal(1, np.float32)


def model(params, x):  # a batch x of shape (n, 3)
    w1, b1, w2, b2 = params
    return tf.tanh(x @ w1 + b1) @ w2 + b2


with tf.device(device):
    params = [tf.Variable(a) for a in (W1, b1, W2, b2)]
    # 1) Jacobian of the vector of per-example losses: one row per example
    with tf.GradientTape() as tape:
        losses = tf.reduce_sum((model(params, X) - Y[:, None]) ** 2, axis=1)  # shape (8,)
    grads = tape.jacobian(losses, params)  # pfor-vectorised by default

    # 2) vectorized_map over a gradient function written for one example
    def example_grad(xy):
        with tf.GradientTape() as tape:
            loss = tf.reduce_sum((model(params, xy[0][None]) - xy[1]) ** 2)
        return tape.gradient(loss, params)

    mapped = tf.vectorized_map(example_grad, (X, Y))
    loop = [example_grad((X[i], Y[i])) for i in range(8)]  # the slow way

stacked = [tf.stack(parts) for parts in zip(*loop, strict=True)]  # one per parameter
loop_diff = max(float(tf.reduce_max(tf.abs(g - s))) for g, s in zip(grads, stacked, strict=True))
norms = tf.sqrt(sum(tf.reduce_sum(tf.reshape(g, [8, -1]) ** 2, 1) for g in grads))
print([tuple(g.shape) for g in grads])
print("per-example gradient norms:", norms.numpy().round(4))
same = all(np.allclose(g, m, atol=1e-6) for g, m in zip(grads, mapped, strict=True))
print("vectorized_map agrees:", same)
print("matches the loop (within 1e-6):", loop_diff <= 1e-6)
print("device:", norms.device.rsplit(":", 2)[-2].lower())
