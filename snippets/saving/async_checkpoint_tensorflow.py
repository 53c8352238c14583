import os
import tempfile

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"


def make_model():
    return keras.Sequential(
        [keras.Input(shape=(3,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(2)]
    )


x = np.random.default_rng(0).standard_normal((4, 3), dtype=np.float32)
options = tf.train.CheckpointOptions(enable_async=True)
with tf.device(device), tempfile.TemporaryDirectory() as tmp:
    model = make_model()
    y_before = model(x)
    checkpoint = tf.train.Checkpoint(model=model)
    path = checkpoint.write(os.path.join(tmp, "mlp"), options=options)  # returns at once
    checkpoint.sync()  # waits until the files are complete
    files = sorted(os.listdir(tmp))
    fresh = make_model()  # new random weights
    status = tf.train.Checkpoint(model=fresh).read(path)
    status.assert_existing_objects_matched().expect_partial()  # all weights found a home
    y_after = fresh(x)

n_arrays = len(fresh.weights)
max_abs_diff = float(np.max(np.abs(y_after - y_before)))
print("files:", files)
print("max |y_after - y_before|:", max_abs_diff)
print("device:", y_after.device.rsplit(":", 2)[-2].lower())
