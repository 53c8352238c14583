import jax
import jax.numpy as jnp
import numpy as np

rng = np.random.default_rng(0)
x = jnp.asarray(rng.integers(-1, 2, (256, 4)), jnp.float32)
w = jnp.array([[0.5], [-1.0], [0.25], [2.0]])  # float32
y = x @ w + 2**-20  # the model is off by about 1e-6, so its gradient is tiny


def loss_fn(w, dtype, scale):
    pred = (x.astype(dtype) @ w.astype(dtype)).astype(jnp.float32)  # the matmul in dtype
    loss = jnp.mean((pred - y) ** 2)  # the loss in float32
    return loss * scale  # every gradient in the backward pass is `scale` times larger


@jax.jit(static_argnums=(0, 1))  # one compiled function per (dtype, scale)
def gradient(dtype, scale):
    return jax.grad(loss_fn)(w, dtype, scale).ravel() / scale  # unscale in float32


grad_fp32 = gradient(jnp.float32, scale=1.0)
grad_fp16 = gradient(jnp.float16, scale=1.0)  # underflows to zero
grad_scaled = gradient(jnp.float16, scale=2.0**16)
grad_bf16 = gradient(jnp.bfloat16, scale=1.0)  # float32's exponent range: no underflow

grads = {
    "float32": grad_fp32,
    "float16": grad_fp16,
    "float16, scaled": grad_scaled,
    "bfloat16": grad_bf16,
}
for name, g in grads.items():
    print(f"{name:16}", [f"{v:.3g}" for v in g.tolist()])
print("device:", jax.default_backend())
