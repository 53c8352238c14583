import grain
import numpy as np
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

features = np.arange(24, dtype=np.float32).reshape(12, 2) / 24
targets = features @ np.array([2.0, -1.0], dtype=np.float32) + 0.5
dataset = grain.MapDataset.source(list(zip(features, targets, strict=True))).batch(4)

with tf.device(device):  # a TensorFlow training step
    w = tf.Variable(tf.zeros(2))
    b = tf.Variable(0.0)
num_steps = 0
for _epoch in range(3):
    for xb, yb in dataset:  # Grain yields NumPy batches
        with tf.device(device), tf.GradientTape() as tape:
            x, y = tf.convert_to_tensor(xb), tf.convert_to_tensor(yb)  # copies
            loss = tf.reduce_mean((tf.linalg.matvec(x, w) + b - y) ** 2)
        for p, g in zip((w, b), tape.gradient(loss, [w, b]), strict=True):
            p.assign_sub(0.5 * g)
        num_steps += 1

print("Grain yields", type(xb).__name__, "| TensorFlow step gets", type(x).__name__)
print(f"after {num_steps} steps: w = {w.numpy().round(4)}, b = {b.numpy():.4f}")
print("step device:", tf.DeviceSpec.from_string(w.device).device_type.lower())
