import ml_dtypes  # the NumPy types behind tf.bfloat16; installed with TensorFlow
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

limits = []
for dtype in (tf.float16, tf.bfloat16, tf.float32):
    info = ml_dtypes.finfo(dtype.as_numpy_dtype)  # tf.experimental.numpy.finfo rejects bfloat16
    limits.append([float(info.max), float(info.eps)])
    print(f"{dtype.name:9} max={float(info.max):<12.6g} eps={float(info.eps):.6g}")

with tf.device(device):
    big, near_one = tf.constant(70000.0), tf.constant(1 + 1 / 256)
    casts = [float(tf.cast(v, d)) for v in (big, near_one) for d in (tf.float16, tf.bfloat16)]
print("70000     as float16, bfloat16:", casts[0], casts[1])
print("1 + 1/256 as float16, bfloat16:", casts[2], casts[3])
print("device:", big.device.rsplit(":", 2)[-2].lower())
