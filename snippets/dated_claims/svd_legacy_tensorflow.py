import numpy as np
import tensorflow as tf

np.set_printoptions(precision=4, suppress=True)
device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

with tf.device(device):
    A = tf.constant([[3.0, 1.0, 4.0], [1.0, 5.0, 9.0]])
    s, u, v = tf.linalg.svd(A)  # s first; v is V (not Vh); reduced form by default
    singular_values = s
    rebuilt = u @ tf.linalg.diag(s) @ tf.transpose(v)
    abs_v = tf.abs(v)  # V, with each column's arbitrary sign removed

    first, second, third = tf.linalg.svd(A)  # unpacked in NumPy's (U, S, Vh) order
print("tf.linalg.svd -> s, u, v shapes:", tuple(s.shape), tuple(u.shape), tuple(v.shape))
print("read as U, S, Vh, 'U' has shape", tuple(first.shape), "and 'Vh'", tuple(third.shape))
print("singular values:", s.numpy())
print("rebuilt:\n", rebuilt.numpy())
print("full_matrices=True gives v of shape", tuple(tf.linalg.svd(A, full_matrices=True)[2].shape))
print("device:", tf.DeviceSpec.from_string(rebuilt.device).device_type.lower())
