import jax
from flax import nnx


class MLP(nnx.Module):
    def __init__(self, rngs: nnx.Rngs):
        self.hidden = nnx.Linear(64, 128, rngs=rngs)  # attribute names become state paths
        self.out = nnx.Linear(128, 10, rngs=rngs)

    def __call__(self, x):
        return self.out(nnx.relu(self.hidden(x)))


model = MLP(nnx.Rngs(0))
state = nnx.state(model, nnx.Param)  # nnx.state(model) would also hold non-Param variables
for path, variable in nnx.to_flat_state(state):
    name = "/".join(map(str, path))
    print(f"{name:18} {str(variable.shape):10} type={type(variable).__name__}")

shapes = sorted(p.shape for p in jax.tree.leaves(state))
per_layer = [
    sum(p.size for p in jax.tree.leaves(nnx.state(layer, nnx.Param)))
    for layer in (model.hidden, model.out)
]
print("shapes as (in, out):", shapes, "| per layer:", per_layer, "| device:", jax.default_backend())
