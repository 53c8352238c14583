import jax
import jax.numpy as jnp
import numpy as np
from flax import nnx
from safetensors.numpy import load_file, save_file

# A trained batch norm: its scale and shift, and the running statistics it collected.
rng = np.random.default_rng(2)
save_file(
    {
        "bn.weight": rng.uniform(0.5, 1.5, 4).astype(np.float32),
        "bn.bias": rng.standard_normal(4, dtype=np.float32) / 10,
        "bn.running_mean": rng.standard_normal(4, dtype=np.float32),
        "bn.running_var": rng.uniform(0.005, 0.02, 4).astype(np.float32),  # small: eps shows
    },
    "bn.safetensors",
)
x = rng.standard_normal((3, 4), dtype=np.float32)

bn = nnx.BatchNorm(4, rngs=nnx.Rngs(0))
state = load_file("bn.safetensors")
for ours, theirs in (("scale", "weight"), ("bias", "bias"), ("mean", "running_mean"),
                     ("var", "running_var")):  # fmt: skip
    getattr(bn, ours)[...] = jnp.asarray(state[f"bn.{theirs}"])
bn.eval()  # use the running statistics, as at inference
y = np.asarray(bn(x))
print(f"default epsilon: {bn.epsilon:g}")
print(
    f"momentum {bn.momentum:g}: running = {bn.momentum:g} * running + {1 - bn.momentum:g} * batch"
)
print("y[0]:", np.round(y[0], 4))
print("device:", jax.default_backend())
