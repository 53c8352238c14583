import warnings

import numpy as np
import tensorflow as tf
from ai_edge_litert.interpreter import Interpreter

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
W = tf.constant([[1.0, -1.0], [0.5, 2.0], [0.0, 1.0]])
b = tf.constant([0.5, -0.5])
x = np.array([[1.0, 2.0, 3.0]], dtype=np.float32)


@tf.function(input_signature=[tf.TensorSpec([1, 3], tf.float32)])
def affine(x):
    return x @ W + b


with tf.device(device):
    reference = affine(x)
flatbuffer = tf.lite.TFLiteConverter.from_concrete_functions(
    [affine.get_concrete_function()], affine
).convert()

interpreter = Interpreter(model_content=flatbuffer)  # LiteRT, from ai-edge-litert
interpreter.allocate_tensors()
interpreter.set_tensor(interpreter.get_input_details()[0]["index"], x)
interpreter.invoke()
y = interpreter.get_tensor(interpreter.get_output_details()[0]["index"])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    tf.lite.Interpreter(model_content=flatbuffer)  # the old entry point still works...
message = " ".join(str(caught[0].message).split()) if caught else "none"

print("LiteRT output:", y, "| TensorFlow output:", reference.numpy())
print("tf.lite.Interpreter warns:", caught[0].category.__name__ if caught else "no")
print(message.split(". ")[0] + ".")
print("device:", tf.DeviceSpec.from_string(reference.device).device_type.lower())
