import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"


@tf.function
def scale(x):
    print("  print runs once, at trace time: x =", x)
    if tf.reduce_sum(x) > 0:  # AutoGraph turns this `if` into tf.cond
        return x * 2
    return -x


@tf.function
def positive_sum(x):
    kept = tf.boolean_mask(x, x > 0)
    print("  trace-time shape of the masked values:", kept.shape)  # unknown length: allowed
    return tf.reduce_sum(kept)


with tf.device(device):
    xs = [tf.constant([1.0, -2.0, 3.0]), tf.constant([-1.0, -2.0, 0.5])]
    results = [scale(x) for x in xs]
    sums = [positive_sum(x) for x in xs]
print("results:", [r.numpy().tolist() for r in results], "| sums:", [float(s) for s in sums])
print("device:", device[1:4].lower())
