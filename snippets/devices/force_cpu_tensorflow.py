import tensorflow as tf

tf.config.set_visible_devices([], "GPU")  # hide every GPU; must come before the first op

visible_gpus = len(tf.config.list_logical_devices("GPU"))
device = "/GPU:0" if visible_gpus else "/CPU:0"

with tf.device(device):
    x = tf.constant([[1.0, 2.0], [3.0, 4.0]])
    result = x @ x
print("visible GPUs:", visible_gpus, "| device:", result.device.rsplit(":", 2)[-2].lower())
print(result)
