import numpy as np
import tensorflow as tf

np.set_printoptions(precision=3, suppress=True)
device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

with tf.device(device):
    counts = tf.constant([[1, 2], [3, 4]])
    try:
        tf.math.log(counts)
    except tf.errors.InvalidArgumentError as e:
        print(type(e).__name__ + ":", str(e).split(":")[0])
    floats = tf.cast(counts, tf.float32)  # cast explicitly first
    log_x = tf.math.log(floats)
    exp_x = tf.math.exp(floats)

print("input:", counts.dtype.name, "| log:", log_x.dtype.name, "| exp:", exp_x.dtype.name)
print(log_x)
print(exp_x)
print("device:", tf.DeviceSpec.from_string(log_x.device).device_type.lower())
