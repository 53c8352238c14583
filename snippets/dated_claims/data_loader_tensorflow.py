import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

dataset = (
    tf.data.Dataset.range(10)
    .map(lambda x: tf.cast(x * x, tf.float32))
    .batch(4)  # drop_remainder=False keeps the last, short batch
    .prefetch(tf.data.AUTOTUNE)  # tf.data.experimental.AUTOTUNE is the older alias
)
with tf.device(device):
    batches = [tf.identity(b) for b in dataset]
batch_sums = [float(tf.reduce_sum(b)) for b in batches]
n_batches = len(batches)

print("a tf.data.Dataset:", isinstance(dataset, tf.data.Dataset))
print("batches:", [b.numpy().tolist() for b in batches])
print("batch sums:", batch_sums, "| device:", batches[0].device.rsplit(":", 2)[-2].lower())
