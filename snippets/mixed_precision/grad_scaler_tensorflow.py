import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
keras.mixed_precision.set_dtype_policy("mixed_float16")

rng = np.random.default_rng(0)
x = rng.integers(0, 2, (256, 4)).astype(np.float32)
w0 = np.array([[0.5], [-1.0], [0.25], [2.0]], np.float32)
y = x @ w0 - 1.25  # large enough that 2**16 times the gradient overflows float16

with tf.device(device):
    layer = keras.layers.Dense(1, use_bias=False)  # float32 kernel, float16 compute
    layer.build((None, 4))
    layer.set_weights([w0])
    optimizer = keras.optimizers.LossScaleOptimizer(
        keras.optimizers.SGD(0.01), initial_scale=2.0**16, dynamic_growth_steps=2
    )
    optimizer.build(layer.trainable_variables)
    scales, applied = [], []
    for _ in range(6):
        scales.append(float(optimizer.dynamic_scale))
        before = layer.kernel.numpy()
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean((tf.cast(layer(x), tf.float32) - y) ** 2)
            scaled_loss = optimizer.scale_loss(loss)  # loss * scale
        grads = tape.gradient(scaled_loss, layer.trainable_variables)
        optimizer.apply(grads, layer.trainable_variables)  # unscales; skips on inf or nan
        applied.append(not np.array_equal(before, layer.kernel.numpy()))

w_final = layer.kernel.numpy().flatten()
print("scale used:  ", [int(s) for s in scales])
print("step applied:", applied)
print("final weights:", np.round(w_final, 4), "| device:", device.strip("/").split(":")[0].lower())
