import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
rng = np.random.default_rng(1)
logits = rng.standard_normal((6, 5)).astype(np.float32)
labels = np.array([2, 0, 4, 1, -100, -100])  # the last two are padding
mask = (labels != -100).astype(np.float32)
safe_labels = np.where(labels == -100, 0, labels)

with tf.device(device):
    ce = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    # sum_over_batch_size divides by all 6 rows, weighted or not.
    default = float(ce(safe_labels, logits, sample_weight=mask))
    ce_mean = keras.losses.SparseCategoricalCrossentropy(
        from_logits=True, reduction="mean_with_sample_weight"
    )
    loss = float(ce_mean(safe_labels, logits, sample_weight=mask))
    ignored = keras.losses.SparseCategoricalCrossentropy(from_logits=True, ignore_class=-100)
    with_ignore = float(ignored(labels, logits))
print(f"mean over real labels: {loss:.5f}")
print(f"sum / all 6 rows:      {default:.5f}")
print(f"ignore_class=-100:     {with_ignore:.5f}")
print("device:", device[1:4].lower())
