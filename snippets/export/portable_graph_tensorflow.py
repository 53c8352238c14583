import os
import tempfile

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
rng = np.random.default_rng(0)
shapes = [(4, 8), (8,), (8, 3), (3,)]  # kernels as (in, out)
w1, b1, w2, b2 = (rng.standard_normal(s, dtype=np.float32) / 2 for s in shapes)
x = rng.standard_normal((5, 4), dtype=np.float32)

with tf.device(device), tempfile.TemporaryDirectory() as tmp:
    model = keras.Sequential(
        [keras.Input(shape=(4,), name="x"), keras.layers.Dense(8, "tanh"), keras.layers.Dense(3)]
    )
    model.set_weights([w1, b1, w2, b2])
    y = model(x)
    model.export(os.path.join(tmp, "mlp"), verbose=False)  # a SavedModel directory
    loaded = tf.saved_model.load(os.path.join(tmp, "mlp"))  # no Keras, no model code
    serve = loaded.signatures["serving_default"]  # what TF Serving calls
    y_loaded = serve(x=tf.constant(x))["output_0"]
    y_batch_2 = loaded.serve(x[:2])  # the same graph as a plain function

max_abs_diff = float(tf.reduce_max(tf.abs(y_loaded - y)))
print("signatures:", list(loaded.signatures))
print("inputs:", serve.structured_input_signature[1])
print("outputs:", serve.structured_outputs)
print("batch of 2 ->", tuple(y_batch_2.shape))
print("y_loaded[0]:", y_loaded[0].numpy().round(4))
print(f"max |y_loaded - y|: {max_abs_diff:.4f}")
print("device:", y_loaded.device.rsplit(":", 2)[-2].lower())
