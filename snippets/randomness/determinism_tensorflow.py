import numpy as np
import tensorflow as tf

tf.config.experimental.enable_op_determinism()  # process-wide, for every later op
device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

try:
    tf.random.normal([2])  # no seed anywhere: refused while determinism is on
except RuntimeError as error:
    print("unseeded random op refused:", str(error).split(".")[0])
tf.random.set_seed(0)

rng = np.random.default_rng(0)
with tf.device(device):
    values = tf.constant(rng.standard_normal(10_000, dtype=np.float32))
    ids = tf.constant(rng.integers(0, 4, 10_000))
    sums = tf.math.unsorted_segment_sum(values, ids, num_segments=4)
    identical = bool(tf.reduce_all(sums == tf.math.unsorted_segment_sum(values, ids, 4)))

print("op determinism: on (TF 2.21 exports no getter and no way to turn it off)")
print("segment sums:", sums.numpy().round(3))
print("bitwise identical on a second run:", identical)
print("device:", sums.device.rsplit(":", 2)[-2].lower())
