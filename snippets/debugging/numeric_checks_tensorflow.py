import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"


@tf.function
def rms_normalise(x):
    y = x / tf.sqrt(tf.reduce_mean(x**2))
    return tf.debugging.check_numerics(y, "rms_normalise")  # an op: checks every call


with tf.device(device):
    good = rms_normalise(tf.constant([2.0, -2.0, 2.0, -2.0]))
    print("good input:", good.numpy())
    try:
        rms_normalise(tf.zeros(4))
        caught = False
    except tf.errors.InvalidArgumentError as error:
        caught = True
        print("zeros:", next(s for s in error.message.splitlines() if "rms_normalise :" in s))
print("device:", good.device.rsplit(":", 2)[-2].lower())
