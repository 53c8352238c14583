import tensorflow as tf
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

images, targets = load_digits(return_X_y=True)  # 1797 images of 8x8 pixels, values 0..16
x_train, x_test, y_train, y_test = train_test_split(images, targets, test_size=0.2, random_state=0)

train_ds = (
    tf.data.Dataset.from_tensor_slices((x_train.astype("float32") / 16.0, y_train))
    .shuffle(len(x_train), seed=0)
    .batch(64)
    .prefetch(tf.data.AUTOTUNE)
)

xb, yb = next(iter(train_ds))
with tf.device(device):
    xb, yb = tf.identity(xb), tf.identity(yb)
split_sizes = (len(x_train), len(x_test))
num_batches = int(train_ds.cardinality())
first_shapes = (tuple(xb.shape), tuple(yb.shape))
pixel_range = (float(tf.reduce_min(xb)), float(tf.reduce_max(xb)))
print("train/test:", split_sizes, "| batches of 64:", num_batches)
print("first batch:", first_shapes, xb.dtype.name, yb.dtype.name)
print("pixel range:", pixel_range, "| device:", xb.device.split(":")[-2].lower())
