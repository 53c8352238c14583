import jax
import jax.numpy as jnp
from flax import linen as nn
from flax import nnx

# Flax NNX: in_features and an RNG stream are required, so weights exist at construction.
rngs = nnx.Rngs(0)
model = nnx.Sequential(nnx.Linear(64, 128, rngs=rngs), nnx.relu, nnx.Linear(128, 10, rngs=rngs))
nnx_weights = jax.tree.leaves(nnx.state(model, nnx.Param))
print("NNX, at construction:", len(nnx_weights), "weights")

# Flax Linen: the module holds no weights; init traces a sample input to infer shapes.
linen_model = nn.Sequential([nn.Dense(128), nn.relu, nn.Dense(10)])
variables = linen_model.init(jax.random.key(0), jnp.zeros((4, 64)))
print("Linen, after init:", jax.tree.map(jnp.shape, variables["params"]))

n_weights = [len(nnx_weights), len(jax.tree.leaves(variables))]
n_params = sum(p.size for p in jax.tree.leaves(variables))
print("weight tensors:", n_weights, "| parameters:", n_params, "| device:", jax.default_backend())
