import ml_dtypes
import numpy as np
import tensorflow as tf

values = np.array([0.1, 1 / 3, 1.1, 2.7, -17.3, 300.0, 1e-3, 3e-5], dtype=np.float32)
too_big = np.array([500.0, 1e5, np.inf], dtype=np.float32)

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"


def round_trip(a, dtype):
    with tf.device(device):
        return tf.cast(tf.cast(tf.constant(a), dtype), tf.float32).numpy()


def show(name, a):
    print(f"{name:15}", "".join(f"{float(v):>13.7g}" for v in a))


e4m3 = round_trip(values, tf.experimental.float8_e4m3fn)
e5m2 = round_trip(values, tf.experimental.float8_e5m2)
for dtype in (tf.experimental.float8_e4m3fn, tf.experimental.float8_e5m2):
    eps = ml_dtypes.finfo(dtype.as_numpy_dtype).eps  # NumPy's side of the type is ml_dtypes'
    print(f"{dtype.name}: {dtype.size} byte, max {dtype.max:g}, eps {eps:g}")
show("float32", values)
show("e4m3fn", e4m3)
show("e5m2", e5m2)
show("e4m3fn overflow", round_trip(too_big, tf.experimental.float8_e4m3fn))
show("e5m2 overflow", round_trip(too_big, tf.experimental.float8_e5m2))
print("device:", device[1:4].lower())
