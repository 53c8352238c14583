import jax
import numpy as np
from flax import nnx

rng = np.random.default_rng(0)
x_nhwc = rng.standard_normal((1, 5, 5, 2), dtype=np.float32)  # (batch, height, width, channels)
kernel = rng.standard_normal((3, 3, 2, 4), dtype=np.float32)  # Keras/Flax: (kh, kw, in, out)

rngs = nnx.Rngs(0)
linear = nnx.Linear(4, 8, rngs=rngs)
conv = nnx.Conv(2, 4, kernel_size=(3, 3), padding="VALID", use_bias=False, rngs=rngs)
conv.kernel[...] = kernel  # same layout as Keras: no transpose
y_nhwc = conv(x_nhwc)  # channels last, like Keras

print("nnx.Linear(4, 8) kernel:", linear.kernel.shape, "(in, out)")
print("nnx.Conv kernel:        ", conv.kernel.shape, "(kh, kw, in, out)")
print("input NHWC", x_nhwc.shape, "-> output", y_nhwc.shape)
print("output channel 0:\n", np.asarray(y_nhwc[0, :, :, 0]).round(4))
print("device:", jax.default_backend())
