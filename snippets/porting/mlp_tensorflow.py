import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf
from safetensors.numpy import load_file, save_file

# A checkpoint as the PyTorch ecosystem writes it: Linear weights are (out, in).
rng = np.random.default_rng(0)
save_file(
    {
        "fc1.weight": rng.standard_normal((16, 8), dtype=np.float32) / 3,
        "fc1.bias": rng.standard_normal(16, dtype=np.float32) / 10,
        "fc2.weight": rng.standard_normal((4, 16), dtype=np.float32) / 4,
        "fc2.bias": rng.standard_normal(4, dtype=np.float32) / 10,
    },
    "mlp.safetensors",
)
x = rng.standard_normal((2, 8), dtype=np.float32)

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
with tf.device(device):
    model = keras.Sequential(
        [keras.Input((8,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(4)]
    )
    state = load_file("mlp.safetensors")
    # A Dense kernel is (in, out): transpose each (out, in) weight.
    model.layers[0].set_weights([state["fc1.weight"].T, state["fc1.bias"]])
    model.layers[1].set_weights([state["fc2.weight"].T, state["fc2.bias"]])
    logits = model(x).numpy()
print("first layer kernel:", tuple(model.layers[0].kernel.shape), "(in, out)")
print("logits:\n", np.round(logits, 4))
print("device:", device[1:4].lower())
