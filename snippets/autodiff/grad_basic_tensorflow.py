import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

with tf.device(device):
    x = tf.Variable(2.0)
    with tf.GradientTape() as tape:
        y = x**3 + 2 * x  # recorded, because it runs inside the tape
    grad = tape.gradient(y, x)

print("y:", y)
print("dy/dx:", grad)
print("device:", grad.device.rsplit(":", 2)[-2].lower())
