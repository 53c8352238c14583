import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"


def sq_dist(a, b):  # two single points
    return tf.reduce_sum((a - b) ** 2)


@tf.function
def pairwise(A, B):  # every a against every b
    return tf.vectorized_map(lambda a: tf.vectorized_map(lambda b: sq_dist(a, b), B), A)


with tf.device(device):
    A = tf.constant([[0.0, 0.0], [1.0, 2.0], [3.0, 1.0]])  # 3 points
    B = tf.constant([[1.0, 1.0], [2.0, 2.0]])  # 2 points
    D = pairwise(A, B)
    by_hand = tf.reduce_sum((A[:, None, :] - B[None, :, :]) ** 2, axis=-1)

op_types = {op.type for op in pairwise.get_concrete_function(A, B).graph.get_operations()}
print("D (3, 2):\n", D.numpy(), sep="")
print("same as broadcasting:", bool(tf.reduce_all(D == by_hand)))
print("graph ops include:", sorted(op_types & {"Sub", "Pow", "Sum"}))
print("while loop in the graph:", bool(op_types & {"While", "StatelessWhile"}))
print("device:", D.device.rsplit(":", 2)[-2].lower())
