import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

with tf.device(device):
    tf.random.set_seed(0)
    expected = tf.random.uniform([2])  # what the global stream gives next
    tf.random.set_seed(0)

    gen = tf.random.Generator.from_seed(42)  # state lives in a tf.Variable
    a = gen.normal([3])
    b = gen.normal([3])  # the generator advanced
    c = tf.random.Generator.from_seed(42).normal([3])
    child1, child2 = gen.split(2)  # independent generators, e.g. one per replica
    unchanged = bool(tf.reduce_all(tf.random.uniform([2]) == expected))

advances = not bool(tf.reduce_all(a == b))
same_seed_same = bool(tf.reduce_all(a == c))
print("generator, twice:", a.numpy().round(4), b.numpy().round(4))
print("same seed, new generator:", c.numpy().round(4))
print("advances:", advances, "| same seed, same numbers:", same_seed_same)
print("global stream untouched:", unchanged)
print("algorithm:", tf.random.Algorithm(gen.algorithm).name, "| state:", gen.state.shape)
print("device:", a.device.rsplit(":", 2)[-2].lower())
