import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

with tf.device(device):
    x = tf.constant([1, 2, 3, 4])
    try:
        x[0] = 10
    except TypeError as e:
        print("TypeError:", e)
    updated = tf.tensor_scatter_nd_update(x, [[0]], [10])  # returns a new tensor
    updated = tf.tensor_scatter_nd_add(updated, [[2]], [5])
    print("x:", x.numpy(), "| updated:", updated.numpy())

    v = tf.Variable(x)  # mutable state lives in a tf.Variable
    v[0].assign(10)
    v[2].assign(v[2] + 5)
    print("variable:", v.numpy())
print("device:", tf.DeviceSpec.from_string(updated.device).device_type.lower())
