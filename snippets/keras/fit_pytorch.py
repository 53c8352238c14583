import os

os.environ["KERAS_BACKEND"] = "torch"  # read once, at import: set it before `import keras`

import keras
import numpy as np
import torch
from sklearn.datasets import load_digits

keras.utils.set_random_seed(0)
x, y = load_digits(return_X_y=True)
x = (x / 16.0).astype("float32")
order = np.random.default_rng(0).permutation(len(x))
train, test = order[:1400], order[1400:]

model = keras.Sequential(
    [keras.Input(shape=(64,)), keras.layers.Dense(32, activation="relu"), keras.layers.Dense(10)]
)
model.compile(
    optimizer=keras.optimizers.Adam(0.01),
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    metrics=["accuracy"],
)
model.fit(x[train], y[train], batch_size=100, epochs=5, verbose=0)
test_accuracy = model.evaluate(x[test], y[test], verbose=0)[1]
n_params = model.count_params()
kernel = model.get_weights()[0]

print("backend:", keras.backend.backend(), "| device:", model.weights[0].value.device)
print(f"test accuracy: {test_accuracy:.4f} | parameters: {n_params}")
print("get_weights()[0]:", type(kernel).__name__, kernel.shape, kernel.dtype)

# On this backend every Keras layer and model is a torch.nn.Module
print("torch.nn.Module:", isinstance(model, torch.nn.Module))
print("model.parameters():", sum(p.numel() for p in model.parameters()), "values")
with torch.no_grad():
    logits = model(torch.from_numpy(x[test]))
native_accuracy = (logits.argmax(dim=1).cpu().numpy() == y[test]).mean()
print(f"accuracy from a plain torch forward pass: {native_accuracy:.4f}")
