import jax
import jax.numpy as jnp
import numpy as np
from flax.training.dynamic_scale import DynamicScale

rng = np.random.default_rng(0)
x = jnp.asarray(rng.integers(0, 2, (256, 4)), jnp.float32)
w = jnp.array([[0.5], [-1.0], [0.25], [2.0]])  # float32
y = x @ w - 1.25  # large enough that 2**16 times the gradient overflows float16


def loss_fn(w):
    pred = (x.astype(jnp.float16) @ w.astype(jnp.float16)).astype(jnp.float32)
    return jnp.mean((pred - y) ** 2)


@jax.jit
def step(dynamic_scale, w):
    # value_and_grad of loss * scale; returns unscaled float32 gradients and a new scale
    dynamic_scale, finite, loss, grad = dynamic_scale.value_and_grad(loss_fn)(w)
    w = jnp.where(finite, w - 0.01 * grad, w)  # skip the step on inf or nan
    return dynamic_scale, finite, w


# growth_interval=1 doubles after 2 good steps, like growth_interval=2 in PyTorch
dynamic_scale = DynamicScale(growth_interval=1, scale=2.0**16)
scales, applied = [], []
for _ in range(6):
    scales.append(float(dynamic_scale.scale))
    dynamic_scale, finite, w = step(dynamic_scale, w)
    applied.append(bool(finite))

w_final = w.flatten()
print("scale used:  ", [int(s) for s in scales])
print("step applied:", applied)
print("final weights:", np.round(np.asarray(w_final), 4), "| device:", jax.default_backend())
