import numpy as np
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
XP = np.array([-2.0, 0.0, 1.0, 3.0])  # a piecewise-linear curve through these points
FP = np.array([0.0, 1.0, 0.5, 2.0])


def curve(x: np.ndarray) -> np.ndarray:  # host code: NumPy, which the compiler cannot trace
    return np.interp(x, XP, FP).astype(np.float32)


# A graph op that calls back into Python. XLA cannot compile it: no jit_compile=True here.
@tf.function
def f(x):
    y = tf.numpy_function(curve, [x * 2], Tout=tf.float32, stateful=False)
    return tf.ensure_shape(y, x.shape) + 1  # the callback's shape is unknown to the graph


with tf.device(device):
    x = tf.constant(np.linspace(-1.5, 1.5, 7, dtype=np.float32))
    result = f(x)

print("result:", np.round(result.numpy(), 4))
print("dtype:", result.dtype.name)
print("device:", device)
