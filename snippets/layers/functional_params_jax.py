import jax
import numpy as np
from flax import linen as nn
from flax import nnx

rng = np.random.default_rng(0)
x = rng.standard_normal((4, 64), dtype=np.float32)
shapes = [(64, 128), (128,), (128, 10), (10,)]  # kernels as (in, out)
w1, b1, w2, b2 = (0.1 * rng.standard_normal(s, dtype=np.float32) for s in shapes)

# Flax Linen: the module is a description; parameters are a separate pytree.
model = nn.Sequential([nn.Dense(128), nn.relu, nn.Dense(10)])
params = {"layers_0": {"kernel": w1, "bias": b1}, "layers_2": {"kernel": w2, "bias": b2}}
y = jax.jit(model.apply)({"params": params}, x)  # a pure function, so it can be jitted

# Flax NNX: split a module into graph definition + state, replace the state, merge back.
rngs = nnx.Rngs(0)
graphdef, state = nnx.split(
    nnx.Sequential(nnx.Linear(64, 128, rngs=rngs), nnx.relu, nnx.Linear(128, 10, rngs=rngs))
)
nnx.replace_by_pure_dict(state, {"layers": {0: params["layers_0"], 2: params["layers_2"]}})
y_nnx = nnx.merge(graphdef, state)(x)

print("parameter tree:", jax.tree.map(np.shape, params))
print("y[0]:", np.asarray(y[0]).round(4))
print("NNX split/merge gives the same y:", bool(np.allclose(y_nnx, y)))
print("device:", jax.default_backend())
