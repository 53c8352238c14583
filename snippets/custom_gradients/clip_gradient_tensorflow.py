import numpy as np
import tensorflow as tf

np.set_printoptions(precision=4, suppress=True)
device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"


@tf.custom_gradient
def clip_gradient(x, bound):
    def grad_fn(upstream):
        return tf.clip_by_value(upstream, -bound, bound), None  # no gradient for bound

    return tf.identity(x), grad_fn


def f(x):
    return clip_gradient(x, 1.0) ** 2 / 2


with tf.device(device):
    x = tf.constant([-3.0, -1.25, -0.75, 0.25, 1.25, 3.0])
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(x)
        plain, clipped = tf.reduce_sum(x**2 / 2), tf.reduce_sum(f(x))
        ste = x + tf.stop_gradient(tf.round(x) - x)  # round forward, identity backward
    plain_grad, grad, ste_grad = (tape.gradient(t, x) for t in (plain, clipped, ste))

    x64, h = tf.cast(x, tf.float64), 1e-6
    fd = (f(x64 + h) - f(x64 - h)) / (2 * h)
    fd_error = tf.reduce_max(tf.abs(tf.cast(grad, tf.float64) - tf.clip_by_value(fd, -1, 1)))

print("plain grad:  ", plain_grad.numpy())
print("clipped grad:", grad.numpy())
print("straight-through round:", ste.numpy(), "grad", ste_grad.numpy())
print("equals clipped float64 finite differences to 1e-6:", bool(fd_error <= 1e-6))
print("device:", grad.device.rsplit(":", 2)[-2].lower())
