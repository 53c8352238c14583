import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

with tf.device(device):
    x = tf.Variable(2.0)
    # each outer tape records the gradient computed inside it
    with tf.GradientTape() as t3:
        with tf.GradientTape() as t2:
            with tf.GradientTape() as t1:
                y = x**3 + 2 * x
            d1 = t1.gradient(y, x)
        d2 = t2.gradient(d1, x)
    d3 = t3.gradient(d2, x)

derivatives = (d1, d2, d3)
print("f', f'', f''':", [round(float(d), 4) for d in derivatives])
print("device:", d3.device.rsplit(":", 2)[-2].lower())
