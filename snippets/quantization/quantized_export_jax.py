import re

import jax
import jax.numpy as jnp
import numpy as np
import qwix
from flax import nnx

rng = np.random.default_rng(0)
w1 = rng.standard_normal((64, 32), dtype=np.float32) / 6
b1 = rng.standard_normal(64, dtype=np.float32) / 10
w2 = rng.standard_normal((10, 64), dtype=np.float32) / 8
b2 = rng.standard_normal(10, dtype=np.float32) / 10
x = rng.standard_normal((16, 32), dtype=np.float32)

model = nnx.Sequential(
    nnx.Linear(32, 64, rngs=nnx.Rngs(0)), nnx.relu, nnx.Linear(64, 10, rngs=nnx.Rngs(0))
)
for layer, w, b in ((model.layers[0], w1, b1), (model.layers[2], w2, b2)):
    layer.kernel[...] = jnp.asarray(w.T)
    layer.bias[...] = jnp.asarray(b)
y_float = np.asarray(model(x))
rules = [qwix.QuantizationRule(module_path=".*", weight_qtype=jnp.int8)]
qmodel = qwix.quantize_model(model, qwix.PtqProvider(rules), x)
y_int8 = np.asarray(qmodel(x))

# The int8 weights are closed over, so they travel inside the program as constants.
exported = jax.export.export(jax.jit(lambda x: qmodel(x)))(x)
blob = exported.serialize()  # bytes: write them to a file, ship them
y_loaded = np.asarray(jax.export.deserialize(blob).call(x))

int8_constants = sorted(set(re.findall(r"tensor<\w+xi8>", exported.mlir_module())))
print("int8 constants in the artifact:", int8_constants)
max_abs_diff = float(np.abs(y_loaded - y_int8).max())
rel_error = float(np.linalg.norm(y_loaded - y_float) / np.linalg.norm(y_float))
print(f"max |loaded - quantized model|: {max_abs_diff:.1e}")
print(f"relative error vs float32: {rel_error:.5f}")
print("device:", jax.default_backend())
