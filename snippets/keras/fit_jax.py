import os

os.environ["KERAS_BACKEND"] = "jax"  # read once, at import: set it before `import keras`

import jax
import keras
import numpy as np
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

print("backend:", keras.backend.backend(), "| device:", jax.default_backend())
print(f"test accuracy: {test_accuracy:.4f} | parameters: {n_params}")
print("get_weights()[0]:", type(kernel).__name__, kernel.shape, kernel.dtype)

# On this backend each Keras variable holds a jax.Array, and stateless_call is a pure function
print("jax.Array:", isinstance(model.weights[0].value, jax.Array))
trainable = [v.value for v in model.trainable_variables]
non_trainable = [v.value for v in model.non_trainable_variables]
predict = jax.jit(lambda tv, ntv, xs: model.stateless_call(tv, ntv, xs)[0])
logits = predict(trainable, non_trainable, x[test])
native_accuracy = (np.asarray(logits).argmax(axis=1) == y[test]).mean()
print(f"accuracy from jax.jit(stateless_call): {native_accuracy:.4f}")
