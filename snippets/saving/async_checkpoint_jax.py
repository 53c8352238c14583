import tempfile
from pathlib import Path

import jax
import jax.numpy as jnp
import numpy as np
import orbax.checkpoint as ocp
from flax import nnx


def make_model(seed):
    rngs = nnx.Rngs(seed)
    return nnx.Sequential(nnx.Linear(3, 8, rngs=rngs), nnx.relu, nnx.Linear(8, 2, rngs=rngs))


x = np.random.default_rng(0).standard_normal((4, 3), dtype=np.float32)
model = make_model(0)
y_before = model(x)

with tempfile.TemporaryDirectory() as tmp, ocp.StandardCheckpointer() as checkpointer:
    state = nnx.state(model)
    checkpointer.save(Path(tmp) / "mlp", state)  # returns at once; a thread writes
    checkpointer.wait_until_finished()  # waits until the files are complete
    files = sorted(p.name for p in (Path(tmp) / "mlp").iterdir())
    fresh = make_model(1)  # new random weights
    abstract = nnx.state(nnx.eval_shape(lambda: make_model(1)))  # shapes and dtypes only
    nnx.update(fresh, checkpointer.restore(Path(tmp) / "mlp", abstract))
y_after = fresh(x)

n_arrays = len(jax.tree.leaves(state))
max_abs_diff = float(jnp.max(jnp.abs(y_after - y_before)))
print("files:", files)
print("max |y_after - y_before|:", max_abs_diff)
print("device:", jax.default_backend())
