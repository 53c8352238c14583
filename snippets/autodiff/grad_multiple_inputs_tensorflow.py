import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

with tf.device(device):
    x = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0]])
    y = tf.constant([1.0, 2.0, 3.0, 4.0])
    w = tf.Variable([0.5, -0.25])
    b = tf.Variable(0.5)

    with tf.GradientTape() as tape:
        loss = tf.reduce_mean((tf.linalg.matvec(x, w) + b - y) ** 2)
    grad_w, grad_b = tape.gradient(loss, [w, b])  # one call, a list of sources

print("loss:", loss)
print("dL/dw:", grad_w)
print("dL/db:", grad_b)
print("device:", grad_w.device.rsplit(":", 2)[-2].lower())
