import numpy as np
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

arr = np.arange(4, dtype=np.float32)
with tf.device(device):
    copied = tf.convert_to_tensor(arr)  # a copy, as is tf.constant(arr)
arr[0] = 100.0
print("NumPy -> TF, sees arr[0] = 100:")
print("  tf.convert_to_tensor(arr)", float(copied[0]) == 100.0)

# A large buffer aligned to 64 bytes, the alignment TensorFlow's kernels prefer: still copied.
raw = np.zeros(1_000_000 + 16, dtype=np.float32)
start = (-raw.ctypes.data % 64) // raw.itemsize
big = raw[start : start + 1_000_000]
with tf.device(device):
    big_t = tf.convert_to_tensor(big)
big[0] = 100.0
print("  same, 1M floats, 64-byte aligned:", float(big_t[0]) == 100.0)
print("  (no safe zero-copy call: see the DLPack gotcha on this page)")

with tf.device(device):
    t = tf.range(4, dtype=tf.float32)
buffer = memoryview(t)  # TF's read-only view of t's memory on a CPU (a copy from a GPU)
outs = {"t.numpy()": t.numpy(), "np.asarray(t)": np.asarray(t), "np.array(t)": np.array(t)}
print("TF -> NumPy, same memory as t:")
for name, a in outs.items():
    print(f"  {name:14}", np.shares_memory(a, buffer), "| writeable:", a.flags.writeable)

out_shared = [np.shares_memory(outs[name], buffer) for name in ("np.asarray(t)", "np.array(t)")]
shares_memory = (float(copied[0]) == 100.0, *out_shared)
print("shares_memory (copy in, np.asarray out, np.array out):", shares_memory)
print("device:", tf.DeviceSpec.from_string(t.device).device_type.lower())
