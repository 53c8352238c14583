import numpy as np
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

rng = np.random.default_rng(0)
raw_x = rng.normal(5.0, 2.0, size=(64, 3)).astype(np.float32)
raw_y = rng.integers(0, 3, size=64)
mean, std = raw_x.mean(axis=0), raw_x.std(axis=0)


def normalise(x, y):  # traced once into a graph, then run by tf.data's C++ threads
    return (x - mean) / std, tf.one_hot(y, 3)


dataset = (
    tf.data.Dataset.from_tensor_slices((raw_x, raw_y))
    .map(normalise, num_parallel_calls=tf.data.AUTOTUNE)
    .shuffle(64, seed=0)
    .batch(16)
    .prefetch(tf.data.AUTOTUNE)
)
xs, ys = [], []
for xb, yb in dataset:
    with tf.device(device):
        xs.append(tf.identity(xb))
        ys.append(tf.identity(yb))
x, y = tf.concat(xs, 0), tf.concat(ys, 0)
num_batches, num_samples = len(xs), len(x)
feature_mean, feature_std = tf.reduce_mean(x, 0), tf.math.reduce_std(x, 0)
class_counts = tf.reduce_sum(y, 0)
print("batches:", num_batches, "samples:", num_samples, "device:", x.device.split(":")[-2].lower())
print("batch shapes:", tuple(xb.shape), tuple(yb.shape))
print(f"max |mean|: {tf.reduce_max(tf.abs(feature_mean)):.4f} | std:", feature_std.numpy().round(4))
print("class counts:", class_counts.numpy().tolist())
