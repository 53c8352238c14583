import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

rng = np.random.default_rng(0)
x = rng.standard_normal((64, 4), dtype=np.float32)
y = x @ np.array([[1.0], [-2.0], [0.5], [3.0]], np.float32)
w1 = rng.standard_normal((4, 8), dtype=np.float32) * 0.5  # the same start for both runs
w2 = rng.standard_normal((8, 1), dtype=np.float32) * 0.5


def train(policy):
    keras.mixed_precision.set_dtype_policy(policy)  # applies to layers created after it
    model = keras.Sequential(
        [
            keras.Input((4,)),
            keras.layers.Dense(8, activation="relu"),
            keras.layers.Dense(1),
            keras.layers.Activation("linear", dtype="float32"),  # the output in float32
        ]
    )
    model.set_weights([w1, np.zeros(8), w2, np.zeros(1)])
    model.compile(optimizer=keras.optimizers.SGD(0.05), loss="mse")
    history = model.fit(x, y, batch_size=64, epochs=5, shuffle=False, verbose=0)
    return np.array(history.history["loss"]), model.layers[1].kernel.dtype


with tf.device(device):
    losses_fp32, _ = train("float32")
    losses_bf16, param_dtype = train("mixed_bfloat16")
max_rel_diff = float(np.max(np.abs(losses_bf16 - losses_fp32) / losses_fp32))

print("float32 losses: ", np.round(losses_fp32, 3))
print("bfloat16 losses:", np.round(losses_bf16, 3))
print("parameters:", param_dtype, "| bfloat16 within 3% of float32:", max_rel_diff < 0.03)
print("device:", device.strip("/").split(":")[0].lower())
