from functools import partial

import jax
import jax.numpy as jnp
from flax import nnx
from sklearn.datasets import load_digits

rngs = nnx.Rngs(0)


def block(c_in, c_out):  # conv 3x3 -> batch norm -> ReLU -> 2x2 max-pool
    return nnx.Sequential(
        nnx.Conv(c_in, c_out, kernel_size=(3, 3), padding="SAME", rngs=rngs),  # SAME is the default
        nnx.BatchNorm(c_out, rngs=rngs),
        nnx.relu,
        partial(nnx.max_pool, window_shape=(2, 2), strides=(2, 2)),  # strides default to 1
    )


model = nnx.Sequential(
    block(1, 16),
    block(16, 32),
    lambda h: h.reshape(h.shape[0], -1),  # flatten
    nnx.Linear(2 * 2 * 32, 10, rngs=rngs),
)
model.eval()  # batch norm uses its running statistics

images = load_digits().images[:8] / 16.0  # (8, 8, 8): 8 images of 8x8 pixels
x = jnp.asarray(images, dtype=jnp.float32).reshape(8, 8, 8, 1)  # NHWC
print("input (N, H, W, C):", x.shape, "| device:", jax.default_backend())
apply = nnx.jit(lambda module, x: module(x))  # one compiled program per module, not per op
feature_shapes = []
h = x
for stage in model.layers[:2]:
    h = apply(stage, h)
    feature_shapes.append(h.shape[1:])  # already (H, W, C)
    print("after block:", h.shape)
logits = apply(model, x)
print("logits:", logits.shape)

n_trainable = sum(p.size for p in jax.tree.leaves(nnx.state(model, nnx.Param)))
n_running_stats = sum(s.size for s in jax.tree.leaves(nnx.state(model, nnx.BatchStat)))
print("trainable (nnx.Param):", n_trainable, "| running mean/var (nnx.BatchStat):", n_running_stats)
