import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

x = tf.reshape(tf.range(6.0), (2, 3))  # placed on the first GPU if there is one
print("x:", x.device)
with tf.device("/CPU:0"):
    x_cpu = tf.identity(x)  # an explicit copy into host memory
print("x_cpu:", x_cpu.device)
with tf.device(device):
    z = tf.reduce_sum(x_cpu * 2, axis=0)  # runs on `device`; inputs are copied there
print("z:", z.device)
result = z.numpy()
print("result:", type(result).__name__, result)
