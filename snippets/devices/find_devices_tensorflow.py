import tensorflow as tf

gpus = tf.config.list_physical_devices("GPU")
device = "/GPU:0" if gpus else "/CPU:0"
n_gpus = len(gpus)

print(tf.config.list_physical_devices())  # every device type TensorFlow found
print("GPUs:", gpus)
print("built with CUDA:", tf.test.is_built_with_cuda())
print("device:", device)
