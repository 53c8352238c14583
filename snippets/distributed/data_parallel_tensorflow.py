import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf

REPLICAS, BATCH, LR, EPOCHS = 2, 16, 0.1, 2  # global batch 16: 8 per replica
gpus = tf.config.list_physical_devices("GPU")
if len(gpus) < REPLICAS:  # split the CPU into 2 logical devices, before TF initialises them
    tf.config.set_logical_device_configuration(
        tf.config.list_physical_devices("CPU")[0], [tf.config.LogicalDeviceConfiguration()] * 2
    )
kind = "GPU" if len(gpus) >= REPLICAS else "CPU"
strategy = tf.distribute.MirroredStrategy([d.name for d in tf.config.list_logical_devices(kind)])

rng = np.random.default_rng(0)
X = rng.standard_normal((32, 4), dtype=np.float32)
Y = X @ np.array([[1.0], [-2.0], [0.5], [3.0]], dtype=np.float32) + 0.5
W0 = 0.1 * rng.standard_normal((4, 1), dtype=np.float32)


def fit():
    model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(1)])
    model.set_weights([W0, np.zeros(1, np.float32)])
    model.compile(optimizer=keras.optimizers.SGD(LR), loss="mse")
    model.fit(X, Y, batch_size=BATCH, epochs=EPOCHS, shuffle=False, verbose=0)
    return model


with strategy.scope():  # variables created here are mirrored on every replica
    model = fit()
single = np.concatenate([w.ravel() for w in fit().get_weights()])  # no strategy: one device

kernel = strategy.experimental_local_results(model.weights[0].value)  # one copy per replica
final_params = np.concatenate([w.ravel() for w in model.get_weights()])  # weights then bias
replica_max_diff = float(np.abs(kernel[0].numpy() - kernel[1].numpy()).max())
vs_single_device = float(np.abs(final_params - single).max())
print("replicas:", strategy.num_replicas_in_sync, "on", [v.device[-5:] for v in kernel])
print("device:", kind.lower())
print("final params:", final_params.round(4))
print("replica max diff:", replica_max_diff)
print("same as one device (within 1e-5):", vs_single_device <= 1e-5)
