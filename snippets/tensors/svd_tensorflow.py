import numpy as np
import tensorflow as tf

np.set_printoptions(precision=4, suppress=True)
device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

with tf.device(device):
    A = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    s, u, v = tf.linalg.svd(A)  # s comes first; v is V, not Vh
    singular_values = s
    rebuilt = u @ tf.linalg.diag(s) @ tf.transpose(v)

print("s, u, v shapes:", tuple(s.shape), tuple(u.shape), tuple(v.shape))
print("singular values:", s)
print("rebuilt:", rebuilt)
print("device:", tf.DeviceSpec.from_string(rebuilt.device).device_type.lower())
