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

kernel = qmodel.layers[0].kernel.array  # a QArray: int8 values and a scale per column
codes = np.asarray(kernel.qvalue[...]).T  # (in, out) transposed to (out, in)
divisor = np.abs(w1[0]).max() / np.asarray(kernel.scale[...])[0, 0]
print("first layer:", codes.dtype, codes.shape)
print("row 0 codes:", codes[0, :8], f"step = max|w| / {divisor:.2f}")
max_abs = float(np.abs(y_int8 - y_float).max())
rel_error = float(np.linalg.norm(y_int8 - y_float) / np.linalg.norm(y_float))
print(f"max abs error: {max_abs:.4f}, relative error: {rel_error:.5f}")
print("device:", jax.default_backend())
