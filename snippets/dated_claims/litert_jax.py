import jax
import jax.numpy as jnp
from jax import export

W = jnp.array([[1.0, -1.0], [0.5, 2.0], [0.0, 1.0]])
b = jnp.array([0.5, -0.5])
x = jnp.array([[1.0, 2.0, 3.0]])


def affine(x):
    return x @ W + b


exported = export.export(jax.jit(affine))(jax.ShapeDtypeStruct((1, 3), jnp.float32))
blob = exported.serialize()  # StableHLO bytes: the portable artifact
y = export.deserialize(blob).call(x)
reference = affine(x)

print("exported output:", y, "| eager output:", reference)
print("serialized StableHLO:", isinstance(blob, (bytes, bytearray)))
print("device:", jax.default_backend())
