import sys

import tensorflow as tf

found = {d.device_type for d in tf.config.list_physical_devices()}
if "TPU" in found:
    backend, device = "tpu", "/TPU:0"
elif "GPU" in found:  # CUDA, ROCm, or a PluggableDevice such as tensorflow-metal
    if tf.test.is_built_with_cuda():
        backend = "cuda"
    elif tf.test.is_built_with_rocm():
        backend = "rocm"
    else:
        backend = "metal" if sys.platform == "darwin" else "plugin"
    device = "/GPU:0"
elif "XPU" in found:  # Intel GPUs, through intel-extension-for-tensorflow
    backend, device = "xpu", "/XPU:0"
else:
    backend, device = "cpu", "/CPU:0"

with tf.device(device):
    a = tf.reshape(tf.range(12, dtype=tf.float32) / 4, (3, 4))
    b = tf.reshape(tf.range(8, dtype=tf.float32) - 3.5, (4, 2))
    c = a @ b
result = c.numpy()

print("device types found:", sorted(found))
print("backend:", backend)
print("a @ b ran on:", c.device)
print("result:", result.tolist())
print("device:", device)
