import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
rng = np.random.default_rng(0)
x = rng.standard_normal((64, 4), dtype=np.float32)
y = x @ np.array([[1.0], [-2.0], [0.5], [3.0]], np.float32) + 0.1
shapes = [(4, 8), (8,), (8, 1), (1,)]  # kernels as (in, out)
weights = [0.5 * rng.standard_normal(s, dtype=np.float32) for s in shapes]

with tf.device(device):
    model = keras.Sequential(
        [keras.Input((4,)), keras.layers.Dense(8, activation="tanh"), keras.layers.Dense(1)]
    )
    model.set_weights(weights)
    model.compile(optimizer=keras.optimizers.SGD(0.05), loss="mse", metrics=["mae"])
    history = model.fit(x, y, batch_size=16, epochs=3, shuffle=False, verbose=0)

epoch_loss, epoch_mae = history.history["loss"], history.history["mae"]
for epoch, (loss, mae) in enumerate(zip(epoch_loss, epoch_mae, strict=True), start=1):
    print(f"epoch {epoch}  loss {loss:.4f}  mae {mae:.4f}")
print("optimizer steps:", int(model.optimizer.iterations), "| device:", device[1:4].lower())
