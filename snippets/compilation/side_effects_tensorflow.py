import sys

import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
calls = 0


@tf.function
def f(x):
    global calls
    calls += 1  # Python code: runs while tracing only
    print("  Python print")
    tf.print("  tf.print", output_stream=sys.stdout)  # an op in the graph: runs every call
    return x * 2 + 1


results = []
with tf.device(device):
    for n in [2, 2, 3]:
        print(f"call with shape ({n},)")
        results.append(f(tf.ones(n)))
print("calls counted:", calls, "| traces:", f.experimental_get_tracing_count())
print("results:", [r.numpy().tolist() for r in results])
print("device:", results[0].device.rsplit(":", 2)[-2].lower())
