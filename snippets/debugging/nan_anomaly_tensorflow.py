import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"


def log_or_zero(x):  # log where x > 0, else 0: the forward pass is finite
    return tf.reduce_sum(tf.where(x > 0, tf.math.log(x), 0.0))


def log_or_zero_fixed(x):  # keep log away from 0, so its gradient stays finite too
    safe_x = tf.where(x > 0, x, 1.0)
    return tf.reduce_sum(tf.where(x > 0, tf.math.log(safe_x), 0.0))


with tf.device(device):
    x = tf.constant([4.0, 0.0, 0.25])
    with tf.GradientTape() as tape:
        tape.watch(x)
        loss = log_or_zero(x)
    grad = tape.gradient(loss, x)
    print("loss:", loss.numpy(), "| gradient:", grad.numpy())

    tf.debugging.enable_check_numerics()  # every op, forward and backward, from now on
    try:
        log_or_zero(x)
    except tf.errors.InvalidArgumentError as error:
        print("check_numerics:", next(s for s in error.message.splitlines() if "!!!" in s))
    tf.debugging.disable_check_numerics()

    with tf.GradientTape() as tape:
        tape.watch(x)
        fixed_loss = log_or_zero_fixed(x)
    fixed_grad = tape.gradient(fixed_loss, x)
print("fixed gradient:", fixed_grad.numpy())
print("device:", fixed_grad.device.rsplit(":", 2)[-2].lower())
