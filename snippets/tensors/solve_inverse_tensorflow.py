import numpy as np
import tensorflow as tf

np.set_printoptions(precision=4, suppress=True)
device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

with tf.device(device):
    A = tf.constant([[3.0, 1.0], [1.0, 2.0]])
    b = tf.constant([9.0, 8.0])
    try:
        tf.linalg.solve(A, b)
    except tf.errors.InvalidArgumentError as e:
        print("1-D b -> InvalidArgumentError:", str(e).split("}} ")[-1].split(" [Op")[0])
    x_col = tf.linalg.solve(A, b[:, tf.newaxis])  # b as a (2, 1) column matrix
    x = x_col[:, 0]
    A_inv = tf.linalg.inv(A)

print("x_col shape:", tuple(x_col.shape), "| x:", x.numpy(), "| A @ x:", (A @ x_col).numpy()[:, 0])
print("inv(A):", A_inv)
print("A @ inv(A) == I:", np.allclose(A @ A_inv, np.eye(2), atol=1e-6))
print("device:", tf.DeviceSpec.from_string(A_inv.device).device_type.lower())
