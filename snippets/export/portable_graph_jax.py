import os
import re
import tempfile

import jax
import jax.numpy as jnp
import numpy as np
from jax import export

rng = np.random.default_rng(0)
shapes = [(4, 8), (8,), (8, 3), (3,)]  # kernels as (in, out)
w1, b1, w2, b2 = (rng.standard_normal(s, dtype=np.float32) / 2 for s in shapes)
x = rng.standard_normal((5, 4), dtype=np.float32)


@jax.jit
def predict(x):  # the weights are closed over, so they become constants of the program
    return jnp.tanh(x @ w1 + b1) @ w2 + b2


(batch,) = export.symbolic_shape("batch")
exported = export.export(predict, platforms=("cpu", "cuda"))(
    jax.ShapeDtypeStruct((batch, 4), jnp.float32)
)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "mlp.jax_exported")
    with open(path, "wb") as f:
        f.write(exported.serialize())  # StableHLO plus calling convention, as bytes
    with open(path, "rb") as f:
        loaded = export.deserialize(bytearray(f.read()))

y_loaded = loaded.call(x)  # compiled for the current device on first call
y = predict(x)
max_abs_diff = float(jnp.max(jnp.abs(y_loaded - y)))

print("in/out:", loaded.in_avals, loaded.out_avals)
print("platforms:", loaded.platforms)
print("StableHLO ops:", sorted(set(re.findall(r"stablehlo\.(\w+)", loaded.mlir_module()))))
print("batch of 2 ->", loaded.call(x[:2]).shape)
print("y_loaded[0]:", np.asarray(y_loaded[0]).round(4))
print(f"max |y_loaded - y|: {max_abs_diff:.4f}")
print("device:", jax.default_backend())
