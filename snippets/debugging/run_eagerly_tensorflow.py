import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"


def f(x):
    s = tf.reduce_sum(x)
    print("  sum =", s)
    if s > 0:  # AutoGraph turns this into tf.cond when traced
        return x * 2
    return x - 1


compiled = tf.function(f)
with tf.device(device):
    pos = tf.constant([1.0, 2.0])
    neg = tf.constant([-1.0, -2.0])
    print("traced:")
    compiled(pos)
    tf.config.run_functions_eagerly(True)  # every tf.function now runs as plain Python
    print("eager:")
    results = [compiled(pos), compiled(neg)]
    tf.config.run_functions_eagerly(False)
print("results:", [r.numpy().tolist() for r in results])
print("device:", results[0].device.rsplit(":", 2)[-2].lower())
