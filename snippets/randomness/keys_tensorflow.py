import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

with tf.device(device):
    seed = tf.constant([0, 0])  # a stateless seed: two integers, like a legacy JAX key
    a = tf.random.stateless_normal([3], seed=seed)
    b = tf.random.stateless_normal([3], seed=seed)  # same seed: the same numbers
    s1, s2 = tf.random.split(seed)  # two new seeds (rows of a [2, 2] tensor)
    n1 = tf.random.stateless_normal([3], seed=s1)
    n2 = tf.random.stateless_normal([3], seed=s2)
    per_step = [tf.random.fold_in(seed, step) for step in range(3)]

reuse_repeats = bool(tf.reduce_all(a == b))
split_differ = not bool(tf.reduce_any(n1 == n2) or tf.reduce_any(n1 == a))
print("seed:", seed.dtype.name, seed.shape, seed.numpy())
print("seed reused:    ", a.numpy().round(4), b.numpy().round(4))
print("split children: ", n1.numpy().round(4), n2.numpy().round(4))
print("fold_in(seed, 2):", tf.random.stateless_normal([3], seed=per_step[2]).numpy().round(4))
print("reuse repeats:", reuse_repeats, "| split streams differ:", split_differ)
print("device:", a.device.rsplit(":", 2)[-2].lower())
