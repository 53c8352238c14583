import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

# TODO: the TensorFlow version of `quantized_export`: the same computation on the same inputs as the
# other two files. Put the value they must agree on in `result`, print what the page
# discusses (floats at fixed precision), then delete this comment and the raise.
raise NotImplementedError("snippets/quantization/quantized_export_tensorflow.py: write the TensorFlow version of this example")
result = None
print("result:", result)
print("device:", device)
