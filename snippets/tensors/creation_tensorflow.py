import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

with tf.device(device):
    from_list = tf.constant([[1, 2, 3], [4, 5, 6]])
    zeros = tf.zeros((2, 3))
    ones = tf.ones((2, 3))
    steps = tf.range(0, 10, 2)
    grid = tf.linspace(0.0, 1.0, 5)  # integer endpoints would give float64
    sevens = tf.fill((2, 2), 7.0)

for name, t in [
    ("from_list", from_list),
    ("zeros", zeros),
    ("ones", ones),
    ("steps", steps),
    ("grid", grid),
    ("sevens", sevens),
]:
    print(f"{name:<9} {t.dtype.name:<7} {str(t.shape):<6} {t.numpy().tolist()}")
print("device:", tf.DeviceSpec.from_string(from_list.device).device_type.lower())
