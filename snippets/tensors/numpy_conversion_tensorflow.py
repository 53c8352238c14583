import numpy as np
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

arr = np.array([1.0, 2.0, 3.0], dtype=np.float32)
with tf.device(device):
    copied = tf.convert_to_tensor(arr)
    doubled = copied * 2
arr[0] = 100.0
print("convert_to_tensor after arr[0] = 100:", copied.numpy())

back = doubled.numpy()  # copies from the GPU by itself when needed
print("back:", type(back).__name__, back.dtype, back, "| writeable:", back.flags.writeable)
print("device:", tf.DeviceSpec.from_string(doubled.device).device_type.lower())
