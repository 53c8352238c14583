import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"


@tf.function  # AutoGraph rewrites the `if` on a tensor into tf.cond
def f(x):
    if tf.reduce_sum(x) > 0:
        return x * 2
    return x - 1


with tf.device(device):
    pos = tf.constant([1.0, 2.0])
    neg = tf.constant([-1.0, -2.0])
    results = [f(pos), f(neg)]
graph = f.get_concrete_function(pos).graph
print("ops:", [op.type for op in graph.get_operations()])
print("traces:", f.experimental_get_tracing_count())
print("results:", [r.numpy().tolist() for r in results])
print("device:", results[0].device.rsplit(":", 2)[-2].lower())
