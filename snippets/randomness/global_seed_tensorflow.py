import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

with tf.device(device):
    tf.random.set_seed(0)  # the global seed
    first = tf.random.uniform([3])
    second = tf.random.uniform([3])  # same call, next numbers in the stream
    tf.random.set_seed(0)  # also resets the internal per-op counters
    again = tf.random.uniform([3])
    op_a = tf.random.uniform([3], seed=7)  # op seed: combined with the global seed
    op_b = tf.random.uniform([3], seed=7)  # still a stream: new numbers

differs = not bool(tf.reduce_all(first == second))
restored = bool(tf.reduce_all(first == again))
print("first: ", first.numpy().round(4))
print("second:", second.numpy().round(4))
print("again: ", again.numpy().round(4))
print("second call differs:", differs)
print("re-seeding restores:", restored)
print("op seed 7, twice:", op_a.numpy().round(4), op_b.numpy().round(4))
print("device:", first.device.rsplit(":", 2)[-2].lower())
