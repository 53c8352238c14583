import sys

import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"


@tf.function
def f(x):
    h = x * 2
    print("  print: h =", h)  # at trace time h is a symbolic tensor: no values
    tf.print("  tf.print: h =", h, output_stream=sys.stdout)  # runs with the values
    return h + 1


with tf.device(device):
    results = [f(tf.constant([1.0, 2.0, 3.0])), f(tf.constant([4.0, 5.0, 6.0]))]
print("results:", [r.numpy().tolist() for r in results])
print("device:", results[0].device.rsplit(":", 2)[-2].lower())
