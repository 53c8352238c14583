import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"


def flip_if_negative(x):  # one example, with a Python `if` on its values
    if tf.reduce_sum(x) < 0:
        return -x
    return x


def flip_where(x):  # both branches computed, one selected per example
    return tf.where(tf.reduce_sum(x) < 0, -x, x)


with tf.device(device):
    X = tf.constant([[1.0, 2.0], [-3.0, 1.0], [-1.0, -1.0]])
    loop = tf.stack([flip_if_negative(x) for x in X])  # fine eagerly: concrete values
    try:
        tf.vectorized_map(flip_if_negative, X)
    except tf.errors.OperatorNotAllowedInGraphError as error:
        print("vectorized_map with a Python if:", type(error).__name__)
    fixed = tf.vectorized_map(flip_where, X)
    autograph = tf.vectorized_map(tf.function(flip_if_negative), X)  # `if` becomes tf.cond

print("with tf.where:\n", fixed.numpy(), sep="")
print("tf.function (AutoGraph) version agrees:", bool(tf.reduce_all(autograph == fixed)))
print("matches the loop:", bool(tf.reduce_all(fixed == loop)))
print("device:", fixed.device.rsplit(":", 2)[-2].lower())
