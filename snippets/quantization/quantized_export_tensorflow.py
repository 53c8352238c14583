import os
import tempfile

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf
from ai_edge_litert.interpreter import Interpreter
from keras.quantizers import Int8QuantizationConfig

rng = np.random.default_rng(0)
w1 = rng.standard_normal((64, 32), dtype=np.float32) / 6
b1 = rng.standard_normal(64, dtype=np.float32) / 10
w2 = rng.standard_normal((10, 64), dtype=np.float32) / 8
b2 = rng.standard_normal(10, dtype=np.float32) / 10
x = rng.standard_normal((16, 32), dtype=np.float32)


def int8_tensors(flatbuffer):
    details = Interpreter(model_content=flatbuffer).get_tensor_details()
    return [d["shape"].tolist() for d in details if d["dtype"] == np.int8]


device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
with tf.device(device), tempfile.TemporaryDirectory() as tmp:
    model = keras.Sequential(
        [keras.Input((32,), name="x"), keras.layers.Dense(64, "relu"), keras.layers.Dense(10)]
    )
    model.set_weights([w1.T, b1, w2.T, b2])
    y_float = model(x).numpy()
    model.export(os.path.join(tmp, "mlp"), verbose=False)
    converter = tf.lite.TFLiteConverter.from_saved_model(os.path.join(tmp, "mlp"))
    converter.optimizations = [tf.lite.Optimize.DEFAULT]  # post-training int8 weights
    flatbuffer = converter.convert()
    # The trap: a model quantized in Keras comes out of the LiteRT export in float32.
    model.quantize(config=Int8QuantizationConfig(activation_quantizer=None))
    model.export(os.path.join(tmp, "keras_int8.tflite"), format="litert", verbose=False)
    with open(os.path.join(tmp, "keras_int8.tflite"), "rb") as f:
        print("int8 tensors, Keras int8 model exported:", int8_tensors(f.read()))

runner = Interpreter(model_content=flatbuffer).get_signature_runner("serving_default")
y_loaded = runner(x=x)["output_0"]
print("int8 tensors, converter's quantization:", int8_tensors(flatbuffer))
rel_error = float(np.linalg.norm(y_loaded - y_float) / np.linalg.norm(y_float))
print(f"relative error vs float32: {rel_error:.5f}")
print("device:", device[1:4].lower(), "| LiteRT: CPU")
