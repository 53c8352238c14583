import os

os.environ["KERAS_BACKEND"] = "torch"

import keras
import numpy as np
import torch


class CustomModel(keras.Model):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.loss_fn = keras.losses.MeanSquaredError()
        self.loss_tracker = keras.metrics.Mean(name="loss")

    @property
    def metrics(self):
        return [self.loss_tracker]  # reset by fit() at the start of each epoch

    def train_step(self, data):
        x, y = data
        self.zero_grad()
        loss = self.loss_fn(y, self(x, training=True))
        loss.backward()
        variables = self.trainable_variables
        gradients = [v.value.grad for v in variables]
        with torch.no_grad():
            self.optimizer.apply(gradients, variables)
        self.loss_tracker.update_state(loss)
        return {"loss": self.loss_tracker.result()}


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

print("backend:", keras.backend.backend(), "| device:", model.weights[0].value.device)
print("loss at epochs 1, 5, 9, 13, 17:", np.round(losses[::4], 4))
print(f"loss at epoch 20: {losses[-1]:.4f}")
