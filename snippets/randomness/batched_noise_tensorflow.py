import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"


def add_noise(args):  # written for one example: a row and its own stateless seed
    row, seed = args
    return row + tf.random.stateless_normal([3], seed=seed)


with tf.device(device):
    x = tf.zeros([4, 3])
    seeds = tf.random.split(tf.constant([0, 0]), 4)  # one seed per example
    noise = tf.vectorized_map(add_noise, (x, seeds))  # pfor has no rule: a while_loop
    shared = tf.vectorized_map(lambda row: add_noise((row, [0, 0])), x)  # one seed for all
    again = tf.function(lambda x, s: tf.vectorized_map(add_noise, (x, s)))(x, seeds)

rows_differ = len({tuple(row) for row in noise.numpy().tolist()}) == 4
same_rows = bool(tf.reduce_all(shared == shared[0]))
reproducible = bool(tf.reduce_all(noise == again))
print("per-example seeds:\n", noise.numpy().round(4), sep="")
print("rows differ:", rows_differ, "| shared-seed rows equal:", same_rows)
print("inside tf.function, identical:", reproducible)
print("device:", noise.device.rsplit(":", 2)[-2].lower())
