import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

with tf.device(device):
    a = tf.constant([[1, 2], [3, 4]])
    b = tf.constant([[5, 6], [7, 8]])
    product = a @ b  # same as tf.linalg.matmul(a, b)

print(product)
print("dtype:", product.dtype.name, "| device:", product.device.rsplit(":", 2)[-2].lower())
