import os
import tempfile

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf
from ai_edge_litert.interpreter import Interpreter  # not tf.lite.Interpreter (deprecated)

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
    model.export(os.path.join(tmp, "mlp"), verbose=False)
    converter = tf.lite.TFLiteConverter.from_saved_model(os.path.join(tmp, "mlp"))
    flatbuffer = converter.convert()  # the bytes of a .tflite file

interpreter = Interpreter(model_content=flatbuffer)
runner = interpreter.get_signature_runner("serving_default")
y_loaded = runner(x=x)["output_0"]  # NumPy in, NumPy out: no TensorFlow needed

max_abs_diff = float(np.abs(y_loaded - y.numpy()).max())
print("signatures:", interpreter.get_signature_list())
print("input shape signature:", runner.get_input_details()["x"]["shape_signature"])
print("y_loaded[0]:", y_loaded[0].round(4))
print(f"max |y_loaded - y|: {max_abs_diff:.4f}")
print("device:", y.device.rsplit(":", 2)[-2].lower(), "| LiteRT: CPU")
