import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

rng = np.random.default_rng(0)
w0 = rng.standard_normal((512, 512), dtype=np.float32)  # 1 MiB of float32
g = rng.standard_normal((512, 512), dtype=np.float32)

with tf.device(device):
    w = tf.Variable(w0)
    w.assign_sub(0.5 * g)  # writes into the variable: no new variable
    by_hand = w.numpy()

    w = tf.Variable(w0)
    handle = w.handle
    keras.optimizers.SGD(0.5).apply_gradients([(tf.constant(g), w)])
    same_variable = w.handle is handle
    result = w.numpy()

print("assign_sub and the optimizer agree:", bool(np.array_equal(by_hand, result)))
print("optimizer updated the same variable:", same_variable)
print("w[0, :3]:", np.round(result[0, :3], 4))
print("device:", device[1:4].lower())
