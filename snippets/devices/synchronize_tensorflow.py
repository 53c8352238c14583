import time

import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

with tf.device(device):
    x = tf.fill((512, 512), 0.5)
    y = x @ x  # warm-up: the first call pays one-time set-up costs
    y.numpy()
    start = time.perf_counter()
    y = x @ x  # on a GPU the eager op is queued and returns
    y_host = y.numpy()  # copying the result to the host waits for it
    elapsed = time.perf_counter() - start  # timings vary, so they are not printed here

total = float(tf.reduce_sum(y))  # float() also needs the value, so it waits too
print("y[0, 0] =", y_host[0, 0], "| sum =", total, "| device:", y.device.rsplit(":", 2)[-2].lower())
