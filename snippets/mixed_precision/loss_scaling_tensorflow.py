import numpy as np
import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

rng = np.random.default_rng(0)
with tf.device(device):
    x = tf.constant(rng.integers(-1, 2, (256, 4)), tf.float32)
    w = tf.Variable([[0.5], [-1.0], [0.25], [2.0]])  # float32
    y = x @ w + 2**-20  # the model is off by about 1e-6, so its gradient is tiny


def gradient(dtype, scale):
    with tf.device(device), tf.GradientTape() as tape:
        pred = tf.cast(tf.cast(x, dtype) @ tf.cast(w, dtype), tf.float32)  # the matmul in dtype
        loss = tf.reduce_mean((pred - y) ** 2)  # the loss in float32
        scaled = loss * scale  # every gradient in the backward pass is `scale` times larger
    return tf.reshape(tape.gradient(scaled, w), [-1]) / scale  # unscale in float32


grad_fp32 = gradient(tf.float32, scale=1.0)
grad_fp16 = gradient(tf.float16, scale=1.0)  # underflows to zero
grad_scaled = gradient(tf.float16, scale=2.0**16)
grad_bf16 = gradient(tf.bfloat16, scale=1.0)  # float32's exponent range: no underflow

grads = {
    "float32": grad_fp32,
    "float16": grad_fp16,
    "float16, scaled": grad_scaled,
    "bfloat16": grad_bf16,
}
for name, g in grads.items():
    print(f"{name:16}", [f"{v:.3g}" for v in g.numpy().tolist()])
print("device:", grad_scaled.device.rsplit(":", 2)[-2].lower())
