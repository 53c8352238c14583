import numpy as np
import tensorflow as tf

np.set_printoptions(precision=4, suppress=True)

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

with tf.device(device):
    x = tf.constant([[3, 1, 4], [1, 5, 9]])
    total = tf.reduce_sum(x)
    col_sums = tf.reduce_sum(x, axis=0)
    row_max = tf.reduce_max(x, axis=1)
    col_argmax = tf.argmax(x, axis=0)
    row_means = tf.reduce_mean(tf.cast(x, tf.float32), axis=1, keepdims=True)
    int_means = tf.reduce_mean(x, axis=1)  # stays int32: the mean is truncated

for name, t in [
    ("total", total),
    ("col_sums", col_sums),
    ("row_max", row_max),
    ("col_argmax", col_argmax),
]:
    print(f"{name:<10} {t.dtype.name:<7} {t.numpy().tolist()}")
print("row_means:", row_means)
print("mean of int32 ->", int_means.numpy().tolist(), int_means.dtype.name)
print("device:", tf.DeviceSpec.from_string(x.device).device_type.lower())
