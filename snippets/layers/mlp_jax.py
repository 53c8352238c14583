import jax
import jax.numpy as jnp
import numpy as np
from flax import nnx

rngs = nnx.Rngs(0)  # explicit RNG stream for parameter initialisation
model = nnx.Sequential(
    nnx.Linear(64, 128, rngs=rngs),
    nnx.relu,
    nnx.Linear(128, 10, rngs=rngs),
)

x = jnp.asarray(np.random.default_rng(0).standard_normal((4, 64), dtype=np.float32))
y = model(x)
params = nnx.state(model, nnx.Param)
n_params = sum(p.size for p in jax.tree.leaves(params))

print(jax.tree.map(jnp.shape, nnx.to_pure_dict(params)))
print("output shape:", y.shape, "| device:", jax.default_backend())
print("parameters:", n_params)
