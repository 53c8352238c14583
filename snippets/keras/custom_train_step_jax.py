import os

os.environ["KERAS_BACKEND"] = "jax"

import jax
import keras
import numpy as np


class CustomModel(keras.Model):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.loss_fn = keras.losses.MeanSquaredError()
        self.loss_tracker = keras.metrics.Mean(name="loss")

    @property
    def metrics(self):
        return [self.loss_tracker]  # reset by fit() at the start of each epoch

    def compute_loss_and_updates(self, trainable, non_trainable, x, y):
        y_pred, non_trainable = self.stateless_call(trainable, non_trainable, x, training=True)
        return self.loss_fn(y, y_pred), non_trainable

    def train_step(self, state, data):
        trainable, non_trainable, optimizer_vars, metrics_vars = state
        x, y = data
        grad_fn = jax.value_and_grad(self.compute_loss_and_updates, has_aux=True)
        (loss, non_trainable), gradients = grad_fn(trainable, non_trainable, x, y)
        trainable, optimizer_vars = self.optimizer.stateless_apply(
            optimizer_vars, gradients, trainable
        )
        metrics_vars = self.loss_tracker.stateless_update_state(metrics_vars, loss)
        logs = {"loss": self.loss_tracker.stateless_result(metrics_vars)}
        return logs, (trainable, non_trainable, optimizer_vars, metrics_vars)


rng = np.random.default_rng(0)
x = rng.standard_normal((64, 4), dtype=np.float32)
y = x @ np.array([[1.0], [-2.0], [0.5], [3.0]], dtype=np.float32) + 0.5
initial = [0.5 * rng.standard_normal(s, dtype=np.float32) for s in [(4, 8), (8,), (8, 1), (1,)]]

inputs = keras.Input(shape=(4,))
hidden = keras.layers.Dense(8, activation="tanh")(inputs)
model = CustomModel(inputs, keras.layers.Dense(1)(hidden))
model.set_weights(initial)  # the same starting point on every backend
model.compile(optimizer=keras.optimizers.SGD(0.05))
history = model.fit(x, y, batch_size=64, epochs=20, shuffle=False, verbose=0)
losses = history.history["loss"]
final_weights = model.get_weights()

print("backend:", keras.backend.backend(), "| device:", jax.default_backend())
print("loss at epochs 1, 5, 9, 13, 17:", np.round(losses[::4], 4))
print(f"loss at epoch 20: {losses[-1]:.4f}")
