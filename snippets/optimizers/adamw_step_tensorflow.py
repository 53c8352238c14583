import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
rng = np.random.default_rng(0)
w0 = rng.standard_normal(6).astype(np.float32)
g = np.array([1.0, -0.5, 1e-3, -1e-5, 1e-6, 0.0], dtype=np.float32)

# Keras adds epsilon to sqrt(v) before the bias correction: scale it to match at step 1.
epsilon = 1e-8 * np.sqrt(1 - 0.999)
with tf.device(device):
    v = tf.Variable(w0)
    opt = keras.optimizers.AdamW(
        learning_rate=1e-3, beta_1=0.9, beta_2=0.999, epsilon=epsilon, weight_decay=0.01
    )
    opt.apply_gradients([(tf.constant(g), v)])
w = v.numpy()
print("w after one step:", np.round(w, 6))
print("device:", device[1:4].lower())
