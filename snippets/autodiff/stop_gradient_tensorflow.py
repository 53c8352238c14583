import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

with tf.device(device):
    x = tf.constant(2.0)
    with tf.GradientTape(persistent=True) as tape:  # persistent: several gradient calls
        tape.watch(x)  # only trainable Variables are watched automatically
        y_full = x**3 + 2 * x
        y_stop = tf.stop_gradient(x**2) * x + 2 * x  # same value; x**2 is a constant
        with tape.stop_recording():  # nothing inside is recorded
            y_eval = x**3 + 2 * x
    grad_full = tape.gradient(y_full, x)
    grad_stop = tape.gradient(y_stop, x)
    print("values:", float(y_full), float(y_stop))
    print("gradients:", float(grad_full), float(grad_stop))
    print("recorded under stop_recording?", tape.gradient(y_eval, x) is not None)

    with tf.GradientTape() as unwatched:  # no tape.watch(x) this time
        y = x**3 + 2 * x
    print("gradient of an unwatched constant:", unwatched.gradient(y, x))

values = (y_full, y_stop)
print("device:", grad_full.device.rsplit(":", 2)[-2].lower())
