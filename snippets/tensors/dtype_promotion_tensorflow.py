import numpy as np
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

with tf.device(device):
    ints = tf.constant([1, 2, 3])
    floats = tf.constant([0.5, 0.5, 0.5])
    twos = tf.constant([2, 2, 2])
    from_np_float = tf.constant(np.array([0.5, 0.5, 0.5]))  # NumPy float64
    from_np_int = tf.constant(np.array([1, 2, 3]))  # NumPy int64

    print("python ints   ->", ints.dtype.name)
    print("python floats ->", floats.dtype.name)
    print("numpy float64 ->", from_np_float.dtype.name)
    print("numpy int64   ->", from_np_int.dtype.name)
    try:
        ints + floats
    except tf.errors.InvalidArgumentError as e:
        print("int + float   ->", type(e).__name__ + ":", str(e).split(" [Op")[0])
    mixed_sum = tf.cast(ints, tf.float32) + floats  # cast explicitly
    ratio = ints / twos  # int32 / int32 gives float64

print("cast + float  ->", mixed_sum.dtype.name, mixed_sum.numpy().tolist())
print("int / int     ->", ratio.dtype.name, ratio.numpy().tolist())
print("device:", tf.DeviceSpec.from_string(ints.device).device_type.lower())
