import os

os.environ["TF_FORCE_GPU_ALLOW_GROWTH"] = "true"  # read when TensorFlow sets up its GPUs

import tensorflow as tf

gpus = tf.config.list_physical_devices("GPU")
for gpu in gpus:  # the same switch from Python; must also run before the first op
    tf.config.experimental.set_memory_growth(gpu, True)
device = "/GPU:0" if gpus else "/CPU:0"

with tf.device(device):
    x = tf.ones((1024, 1024))
mib = x.shape.num_elements() * x.dtype.size / 2**20
print(f"x: {mib} MiB of float32 on {x.device.rsplit(':', 2)[-2].lower()}")
if gpus:
    print("memory growth:", tf.config.experimental.get_memory_growth(gpus[0]))
    print("in use:", tf.config.experimental.get_memory_info("GPU:0")["current"] / 2**20, "MiB")
else:
    print("no GPU: there is no GPU memory to configure")
