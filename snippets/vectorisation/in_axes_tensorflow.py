import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"


def affine(w, b, x):  # written for one example: x has shape (3,)
    return tf.linalg.matvec(w, x) + b


with tf.device(device):
    W = tf.constant([[1.0, 0.0, -1.0], [2.0, 1.0, 0.0]])  # (2, 3)
    b = tf.constant([0.5, -1.0])
    X = tf.reshape(tf.range(12.0), [4, 3])  # a batch of 4 examples
    Ws = tf.stack([W, 2 * W, -W, W + 1])  # one weight matrix per example: (4, 2, 3)

    # no in_axes: every element of `elems` is mapped over axis 0; shared values are closed over
    y_shared = tf.vectorized_map(lambda x: affine(W, b, x), X)
    y_per_example = tf.vectorized_map(lambda wx: affine(wx[0], b, wx[1]), (Ws, X))
    y_out_axes = tf.transpose(y_shared)  # no out_axes either: move the axis yourself

print("shared weights (4, 2):\n", y_shared.numpy(), sep="")
print("same as X @ W.T + b:", bool(tf.reduce_all(y_shared == X @ tf.transpose(W) + b)))
print("per-example weights:\n", y_per_example.numpy(), sep="")
print("transposed gives shape", tuple(y_out_axes.shape))
print("device:", y_shared.device.rsplit(":", 2)[-2].lower())
