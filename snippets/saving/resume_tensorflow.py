import os
import tempfile

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
rng = np.random.default_rng(0)
x = rng.standard_normal((16, 3), dtype=np.float32)
y = x @ np.array([[1.0], [-2.0], [0.5]], dtype=np.float32) + 0.25


def make():
    layer = keras.layers.Dense(1, kernel_initializer="zeros", name="linear")
    model = keras.Sequential([keras.Input(shape=(3,)), layer], name="model")
    return model, keras.optimizers.Adam(learning_rate=0.1, epsilon=1e-8)


def train(model, optimizer, steps):
    losses = []
    for _ in range(steps):
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean((model(x) - y) ** 2)
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables, strict=True))
        losses.append(float(loss))
    return losses


with tf.device(device), tempfile.TemporaryDirectory() as tmp:
    full_model, full_opt = make()
    train(full_model, full_opt, 10)  # the uninterrupted run

    model, optimizer = make()
    losses = train(model, optimizer, 5)
    path = tf.train.Checkpoint(model=model, optimizer=optimizer).save(os.path.join(tmp, "ckpt"))
    model, optimizer = make()  # fresh objects, as after a restart
    optimizer.build(model.trainable_variables)  # create the slots the checkpoint fills
    tf.train.Checkpoint(model=model, optimizer=optimizer).restore(path).assert_consumed()
    losses += train(model, optimizer, 5)

pairs = zip(model.get_weights(), full_model.get_weights(), strict=True)
resume_diff = max(float(np.max(np.abs(a - b))) for a, b in pairs)
print("optimizer variables:", [v.name for v in optimizer.variables])
print("losses:", np.round(losses, 4))
print("max |resumed - uninterrupted| weight:", resume_diff)
print("device:", model.weights[0].value.device.rsplit(":", 2)[-2].lower())
