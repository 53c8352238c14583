import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import inspect

import keras
import numpy as np
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
rng = np.random.default_rng(0)
logits = (2 * rng.standard_normal((4, 5))).astype(np.float32)
labels = np.array([0, 3, 1, 4])

defaults = inspect.signature(keras.losses.SparseCategoricalCrossentropy).parameters
print("from_logits:", defaults["from_logits"].default)
print("reduction:", defaults["reduction"].default)

with tf.device(device):
    sparse = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    ce = float(sparse(labels, logits))
    # label_smoothing lives only on CategoricalCrossentropy: one-hot the labels.
    smooth = keras.losses.CategoricalCrossentropy(from_logits=True, label_smoothing=0.1)
    ce_smooth = float(smooth(tf.one_hot(labels, 5), logits))
    # The default from_logits=False reads the logits as probabilities.
    wrong = float(keras.losses.SparseCategoricalCrossentropy()(labels, logits))
print(f"from logits:        {ce:.5f}")
print(f"label smoothing 0.1: {ce_smooth:.5f}")
print(f"from_logits=False:  {wrong:.5f}")
print("device:", device[1:4].lower())
