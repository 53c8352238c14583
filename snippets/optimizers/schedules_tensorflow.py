import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
peak, warmup, total = 0.1, 4, 12

schedule = keras.optimizers.schedules.CosineDecay(
    initial_learning_rate=0.25 * peak,
    decay_steps=total - warmup,
    warmup_target=peak,
    warmup_steps=warmup,
)
with tf.device(device):
    lrs = np.array([float(schedule(step)) for step in range(total + 1)], dtype=np.float32)
print("lr:", np.round(lrs, 5))
print("device:", device[1:4].lower())
