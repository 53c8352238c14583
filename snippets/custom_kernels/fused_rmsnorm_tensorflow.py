import numpy as np
import tensorflow as tf

EPS = 1e-6
device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"


# TensorFlow has no kernel language in Python: XLA fuses the plain version into kernels.
@tf.function(jit_compile=True)
def rmsnorm_fused(x, w):
    mean_square = tf.reduce_mean(x * x, axis=-1, keepdims=True)
    return x / tf.sqrt(mean_square + EPS) * w


def rmsnorm_plain(x, w):
    return x * tf.math.rsqrt(tf.reduce_mean(tf.square(x), axis=-1, keepdims=True) + EPS) * w


rng = np.random.default_rng(0)
with tf.device(device):
    x = tf.constant(rng.standard_normal((64, 256), dtype=np.float32))
    w = tf.constant(1 + 0.1 * rng.standard_normal(256, dtype=np.float32))
    result = rmsnorm_fused(x, w)
    max_diff = float(tf.reduce_max(tf.abs(result - rmsnorm_plain(x, w))))

hlo = rmsnorm_fused.experimental_get_compiler_ir(x, w)(stage="optimized_hlo")
print("kernel: XLA's fusion, fused computations:", hlo.count("fused_computation"))
print("same as the plain version within 1e-6:", max_diff <= 1e-6)
print("row 0, first 4:", np.round(result[0, :4].numpy(), 4))
print("device:", device)
