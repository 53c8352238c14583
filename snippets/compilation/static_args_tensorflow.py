import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"


def power(x, n):
    y = x
    for _ in range(n - 1):  # AutoGraph makes this a tf.while_loop when n is a tensor
        y = y * x
    return y


with tf.device(device):
    x = tf.constant([1.0, 2.0, 3.0])
    for kind, wrap in [("Python int", int), ("tf.constant", tf.constant)]:
        compiled = tf.function(power)
        history, results = [], []
        for n in [2, 3, 3, 4]:
            results.append(compiled(x, wrap(n)))
            history.append(compiled.experimental_get_tracing_count())
        print(f"n as {kind:11} traces after each call: {history}")
print("results:", [r.numpy().tolist() for r in results])
print("device:", results[0].device.rsplit(":", 2)[-2].lower())
