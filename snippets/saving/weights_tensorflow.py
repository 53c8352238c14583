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
with tf.device(device), tempfile.TemporaryDirectory() as tmp:
    model = make_model()
    y_before = model(x)
    model.save_weights(os.path.join(tmp, "mlp.weights.h5"))  # weights only
    model.save(os.path.join(tmp, "mlp.keras"))  # architecture + weights (+ optimizer)

    fresh = make_model()  # same architecture from code, new random weights
    fresh.load_weights(os.path.join(tmp, "mlp.weights.h5"))
    loaded = keras.models.load_model(os.path.join(tmp, "mlp.keras"))  # no code needed
    y_after, y_loaded = fresh(x), loaded(x)

n_arrays = len(loaded.weights)
max_abs_diff = float(np.max(np.abs([y_after - y_before, y_loaded - y_before])))
print("saved:", {w.path: tuple(w.shape) for w in loaded.weights})
print("rebuilt by load_model:", type(loaded).__name__, [type(la).__name__ for la in loaded.layers])
print("max |y_after - y_before|:", max_abs_diff)
print("device:", y_after.device.rsplit(":", 2)[-2].lower())
