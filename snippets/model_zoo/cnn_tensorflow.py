import math
import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import tensorflow as tf
from sklearn.datasets import load_digits

keras.utils.set_random_seed(0)
device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"


def block(filters):  # conv 3x3 -> batch norm -> ReLU -> 2x2 max-pool
    return keras.Sequential(
        [
            keras.layers.Conv2D(filters, kernel_size=3, padding="same"),  # default is "valid"
            keras.layers.BatchNormalization(),
            keras.layers.ReLU(),
            keras.layers.MaxPooling2D(2),
        ]
    )


images = load_digits().images[:8] / 16.0  # (8, 8, 8): 8 images of 8x8 pixels
x = images.reshape(8, 8, 8, 1).astype("float32")  # NHWC, Keras's default "channels_last"
print("input (N, H, W, C):", x.shape, "| device:", device[1:4].lower())
with tf.device(device):
    blocks = [block(16), block(32)]
    model = keras.Sequential([*blocks, keras.layers.Flatten(), keras.layers.Dense(10)])
    feature_shapes = []
    h = x
    for stage in blocks:
        h = stage(h, training=False)  # inference: batch norm uses its moving statistics
        feature_shapes.append(tuple(h.shape[1:]))  # already (H, W, C)
        print("after block:", tuple(h.shape))
    logits = model(x, training=False)
print("logits:", tuple(logits.shape))

n_trainable = sum(math.prod(w.shape) for w in model.trainable_weights)
n_running_stats = sum(math.prod(w.shape) for w in model.non_trainable_weights)
print("trainable:", n_trainable, "| moving mean/variance:", n_running_stats)
print("image_data_format:", keras.config.image_data_format())
