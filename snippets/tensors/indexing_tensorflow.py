import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

with tf.device(device):
    x = tf.reshape(tf.range(12), (3, 4))
    row = x[1]
    col = x[:, 1]
    block = x[1:, ::2]
    picked = tf.gather(x, [0, 2])  # x[[0, 2]] would mean x[0, 2]
    masked = x[x > 6]  # same as tf.boolean_mask(x, x > 6)
    reshaped = tf.reshape(x, (4, 3))
    transposed = tf.transpose(x)

for name, t in [
    ("x", x),
    ("row", row),
    ("col", col),
    ("block", block),
    ("picked", picked),
    ("masked", masked),
    ("reshaped", reshaped),
    ("transposed", transposed),
]:
    print(f"{name:<10} {str(tuple(t.shape)):<7} {t.numpy().tolist()}")
print("x[[0, 2]] ->", x[[0, 2]].numpy(), "| has .T:", hasattr(x, "T"))
print("device:", tf.DeviceSpec.from_string(x.device).device_type.lower())
