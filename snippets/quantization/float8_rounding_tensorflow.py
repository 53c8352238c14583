import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

# TODO: the TensorFlow version of `float8_rounding`: the same computation on the same inputs as the
# other two files. Put the value they must agree on in `result`, print what the page
# discusses (floats at fixed precision), then delete this comment and the raise.
raise NotImplementedError("snippets/quantization/float8_rounding_tensorflow.py: write the TensorFlow version of this example")
result = None
print("result:", result)
print("device:", device)
