import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"


def f(x):
    return x * 2 + 1


variants = {
    "default": tf.function(f),
    "reduce_retracing": tf.function(f, reduce_retracing=True),
    "input_signature": tf.function(f, input_signature=[tf.TensorSpec([None], tf.float32)]),
}
with tf.device(device):
    for name, compiled in variants.items():
        history, results = [], []
        for n in [2, 2, 3, 4, 5]:
            results.append(compiled(tf.range(n, dtype=tf.float32)))
            history.append(compiled.experimental_get_tracing_count())
        print(f"{name:16} traces after each call: {history}")
print("results:", [r.numpy().tolist() for r in results])
print("device:", results[0].device.rsplit(":", 2)[-2].lower())
