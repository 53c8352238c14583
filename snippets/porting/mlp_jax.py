import jax
import jax.numpy as jnp
import numpy as np
from flax import nnx
from safetensors.numpy import load_file, save_file

# A checkpoint as the PyTorch ecosystem writes it: Linear weights are (out, in).
rng = np.random.default_rng(0)
save_file(
    {
        "fc1.weight": rng.standard_normal((16, 8), dtype=np.float32) / 3,
        "fc1.bias": rng.standard_normal(16, dtype=np.float32) / 10,
        "fc2.weight": rng.standard_normal((4, 16), dtype=np.float32) / 4,
        "fc2.bias": rng.standard_normal(4, dtype=np.float32) / 10,
    },
    "mlp.safetensors",
)
x = rng.standard_normal((2, 8), dtype=np.float32)

model = nnx.Sequential(
    nnx.Linear(8, 16, rngs=nnx.Rngs(0)), nnx.relu, nnx.Linear(16, 4, rngs=nnx.Rngs(0))
)
state = load_file("mlp.safetensors")
# An nnx.Linear kernel is (in, out): transpose each (out, in) weight.
for layer, name in ((model.layers[0], "fc1"), (model.layers[2], "fc2")):
    layer.kernel[...] = jnp.asarray(state[f"{name}.weight"].T)
    layer.bias[...] = jnp.asarray(state[f"{name}.bias"])
logits = np.asarray(model(x))
print("first layer kernel:", model.layers[0].kernel.shape, "(in, out)")
print("logits:\n", np.round(logits, 4))
print("device:", jax.default_backend())
