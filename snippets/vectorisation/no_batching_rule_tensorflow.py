import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"


def histogram(row):  # counts in 5 bins of width 1 over [0, 5)
    return tf.histogram_fixed_width(row, [0.0, 5.0], nbins=5)


@tf.function
def batched(X):  # default fallback_to_while_loop=True: logs a warning, runs a while_loop
    return tf.vectorized_map(histogram, X)


with tf.device(device):
    X = tf.constant([[0.5, 1.5, 1.7, 4.2], [3.1, 3.3, 0.1, 2.9]])
    try:
        tf.vectorized_map(histogram, X, fallback_to_while_loop=False)
    except ValueError as error:
        print("no fallback:", next(ln.strip() for ln in str(error).splitlines() if "pfor" in ln))
    counts = batched(X)

op_types = {op.type for op in batched.get_concrete_function(X).graph.get_operations()}
print("counts:\n", counts.numpy(), sep="")
print("matches the loop:", bool(tf.reduce_all(counts == tf.stack([histogram(r) for r in X]))))
print("while loop in the graph:", bool(op_types & {"While", "StatelessWhile"}))
print("device:", counts.device.rsplit(":", 2)[-2].lower())
