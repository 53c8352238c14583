import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"


def g(x):  # R^3 -> R^2
    return tf.stack([x[0] * x[1], x[1] * x[2] ** 2])


with tf.device(device):
    x = tf.constant([1.0, 2.0, 3.0])
    v = tf.constant([1.0, 0.0, -1.0])  # tangent: a direction in input space
    u = tf.constant([1.0, 2.0])  # cotangent: weights on the outputs

    with tf.autodiff.ForwardAccumulator(primals=x, tangents=v) as acc:
        y = g(x)
    jvp_out = acc.jvp(y)  # J @ v, forward mode

    with tf.GradientTape() as tape:
        tape.watch(x)  # x is a constant, not a Variable
        y = g(x)
    vjp_out = tape.gradient(y, x, output_gradients=u)  # u @ J, reverse mode

print("g(x):", y.numpy())
print("J @ v:", jvp_out.numpy())
print("u @ J:", vjp_out.numpy())
print("device:", y.device.rsplit(":", 2)[-2].lower())
