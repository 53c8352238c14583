import tempfile
from pathlib import Path

import jax
import jax.numpy as jnp
import numpy as np
import optax
import orbax.checkpoint as ocp
from flax import nnx

rng = np.random.default_rng(0)
x = rng.standard_normal((16, 3), dtype=np.float32)
y = x @ np.array([[1.0], [-2.0], [0.5]], dtype=np.float32) + 0.25


def make():
    model = nnx.Linear(3, 1, kernel_init=nnx.initializers.zeros, rngs=nnx.Rngs(0))
    return model, nnx.Optimizer(model, optax.adam(0.1), wrt=nnx.Param)


@nnx.jit
def train_step(model, optimizer):
    loss, grads = nnx.value_and_grad(lambda m: jnp.mean((m(x) - y) ** 2))(model)
    optimizer.update(model, grads)
    return loss


def train(model, optimizer, steps):
    return [float(train_step(model, optimizer)) for _ in range(steps)]


full_model, full_opt = make()
train(full_model, full_opt, 10)  # the uninterrupted run

model, optimizer = make()
losses = train(model, optimizer, 5)
with tempfile.TemporaryDirectory() as tmp, ocp.StandardCheckpointer() as checkpointer:
    state = {"model": nnx.state(model), "optimizer": nnx.state(optimizer)}
    checkpointer.save(Path(tmp) / "step5", state)
    checkpointer.wait_until_finished()
    model, optimizer = make()  # fresh objects, as after a restart
    target = {"model": nnx.state(model), "optimizer": nnx.state(optimizer)}
    restored = checkpointer.restore(Path(tmp) / "step5", target)
nnx.update(model, restored["model"])
nnx.update(optimizer, restored["optimizer"])
losses += train(model, optimizer, 5)

pairs = zip(jax.tree.leaves(nnx.state(model)), jax.tree.leaves(nnx.state(full_model)), strict=True)
resume_diff = max(float(jnp.max(jnp.abs(a - b))) for a, b in pairs)
print("optimizer state:", jax.tree.map(np.shape, nnx.to_pure_dict(nnx.state(optimizer))))
print("losses:", np.round(losses, 4))
print("max |resumed - uninterrupted| weight:", resume_diff)
print("device:", jax.default_backend())
