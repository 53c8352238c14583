import jax
import jax.numpy as jnp
import numpy as np
from flax import nnx
from safetensors.numpy import load_file, save_file

# PyTorch's layouts: conv weight (out, in, height, width), images (batch, channel, h, w).
rng = np.random.default_rng(1)
save_file(
    {
        "conv.weight": rng.standard_normal((4, 3, 3, 3), dtype=np.float32) / 5,
        "conv.bias": rng.standard_normal(4, dtype=np.float32) / 10,
    },
    "conv.safetensors",
)
images = rng.standard_normal((1, 3, 5, 5), dtype=np.float32)  # NCHW

# nnx.Conv pads "SAME" unless told otherwise; PyTorch's and Keras's default is "valid".
conv = nnx.Conv(3, 4, kernel_size=(3, 3), padding="VALID", rngs=nnx.Rngs(0))
state = load_file("conv.safetensors")
# Flax holds the kernel as HWIO and images as NHWC: move the axes, both ways.
conv.kernel[...] = jnp.asarray(state["conv.weight"].transpose(2, 3, 1, 0))
conv.bias[...] = jnp.asarray(state["conv.bias"])
out_nhwc = np.asarray(conv(images.transpose(0, 2, 3, 1)))
out_nchw = out_nhwc.transpose(0, 3, 1, 2)
print("kernel layout:", conv.kernel.shape, "HWIO; output:", out_nhwc.shape, "NHWC")
print("out[0, :, 0, 0]:", np.round(out_nchw[0, :, 0, 0], 4))
print("device:", jax.default_backend())
