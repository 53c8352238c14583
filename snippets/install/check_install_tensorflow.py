import tensorflow as tf

gpus = tf.config.list_physical_devices("GPU")
device = "/GPU:0" if gpus else "/CPU:0"
print("tensorflow", tf.__version__)
print("CUDA build:", tf.test.is_built_with_cuda(), "| GPU visible:", bool(gpus))
for gpu in gpus:
    print("GPU:", gpu.name)

with tf.device(device):
    total = tf.reduce_sum(tf.range(1, 11))
print("sum of 1..10 on", device, "=", int(total))
