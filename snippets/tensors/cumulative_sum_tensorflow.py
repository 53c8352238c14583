import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

with tf.device(device):
    x = tf.constant([[1, 2, 3, 4], [5, 6, 7, 8]], dtype=tf.int32)
    running = tf.math.cumsum(x, axis=1)
    from_the_end = tf.math.cumsum(x, axis=1, reverse=True)
    exclusive = tf.math.cumsum(x, axis=1, exclusive=True)

result = [running, from_the_end, exclusive]
print("running:     ", running.numpy().tolist(), running.dtype.name)
print("from the end:", from_the_end.numpy().tolist())
print("exclusive:   ", exclusive.numpy().tolist())
print("device:", device)
