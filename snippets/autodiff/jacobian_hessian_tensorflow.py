import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"


def g(x):  # R^3 -> R^2
    return tf.stack([x[0] * x[1], x[1] * x[2] ** 2])


def h(x):  # R^3 -> R
    return x[0] ** 2 * x[1] + x[1] * x[2] ** 3


with tf.device(device):
    x = tf.Variable([1.0, 2.0, 3.0])
    with tf.GradientTape() as tape:
        y = g(x)
    jac = tape.jacobian(y, x)  # row by row: one gradient per output

    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            z = h(x)
        grad = inner.gradient(z, x)  # recorded by the outer tape
    hess = outer.jacobian(grad, x)

print("Jacobian (2x3):\n", jac.numpy(), sep="")
print("Hessian (3x3):\n", hess.numpy(), sep="")
print("device:", hess.device.rsplit(":", 2)[-2].lower())
