import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
g1 = np.array([3.0, 0.0, -4.0], dtype=np.float32)  # norm 5
g2 = np.array([[0.3, -0.4], [0.0, 0.0]], dtype=np.float32)  # norm 0.5


def clipped(**clip):
    # One SGD step with lr=1 from zero weights leaves minus the clipped gradient.
    with tf.device(device):
        variables = [tf.Variable(tf.zeros(g.shape)) for g in (g1, g2)]
        opt = keras.optimizers.SGD(learning_rate=1.0, **clip)
        grads = [tf.constant(g1), tf.constant(g2)]
        opt.apply_gradients(zip(grads, variables, strict=True))
    return 0.0 - np.concatenate([v.numpy().ravel() for v in variables])


by_global_norm = clipped(global_clipnorm=1.0)
by_value = clipped(clipvalue=0.35)
per_variable = clipped(clipnorm=1.0)
print("by global norm:", np.round(by_global_norm, 4))
print("by value:      ", np.round(by_value, 4))
print("clipnorm=1.0:  ", np.round(per_variable, 4))
print("device:", device[1:4].lower())
