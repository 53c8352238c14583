import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
rng = np.random.default_rng(0)
x, y = rng.standard_normal((4, 3), dtype=np.float32), rng.standard_normal((4, 2), dtype=np.float32)
w, b = rng.standard_normal((3, 2), dtype=np.float32), rng.standard_normal(2, dtype=np.float32)

with tf.device(device):
    layer = keras.layers.Dense(2, name="dense")  # a stateful layer, like nn.Linear
    layer.build((None, 3))
    layer.set_weights([w, b])  # Keras stores the kernel as (in, out)
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean((layer(x) - y) ** 2)
    grad_w, grad_b = tape.gradient(loss, [layer.kernel, layer.bias])  # returned, not stored
loss = float(loss)

print(f"loss {loss:.4f}")
print("tape.gradient for the kernel (in, out):\n", grad_w.numpy().round(4))
print("variables:", [v.path for v in layer.trainable_variables])
print("device:", device[1:4].lower())
