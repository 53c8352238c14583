import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

features = tf.reshape(tf.range(20, dtype=tf.float32), (10, 2))  # sample i is [2i, 2i+1]
labels = tf.range(10) % 2
dataset = tf.data.Dataset.from_tensor_slices((features, labels))
batched = dataset.shuffle(10, seed=0).batch(4)

seen, batch_sizes = [], []
for xb, yb in batched:
    with tf.device(device):
        xb, yb = tf.identity(xb), tf.identity(yb)
    print(tuple(xb.shape), xb.numpy().tolist(), yb.numpy().tolist())
    seen += xb.numpy().tolist()
    batch_sizes.append(len(xb))

num_batches = int(batched.cardinality())
seen = sorted(seen)
num_batches_drop_last = int(dataset.batch(4, drop_remainder=True).cardinality())
print("batches:", num_batches, "sizes:", batch_sizes, "| drop_remainder:", num_batches_drop_last)
print("every sample once:", seen == features.numpy().tolist())
print("device:", xb.device.split(":")[-2].lower())
