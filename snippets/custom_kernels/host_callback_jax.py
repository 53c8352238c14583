import jax
import jax.numpy as jnp
import numpy as np

XP = np.array([-2.0, 0.0, 1.0, 3.0])  # a piecewise-linear curve through these points
FP = np.array([0.0, 1.0, 0.5, 2.0])


def curve(x: np.ndarray) -> np.ndarray:  # host code: NumPy, which the compiler cannot trace
    return np.interp(x, XP, FP).astype(np.float32)


# A call out of the compiled program to Python; the output's shape and dtype are declared.
# "pure": JAX may skip or repeat it, so it must have no side effects.
@jax.jit
def f(x):
    shape = jax.ShapeDtypeStruct(x.shape, jnp.float32)
    return jax.pure_callback(curve, shape, x * 2, vmap_method="sequential") + 1


x = jnp.asarray(np.linspace(-1.5, 1.5, 7, dtype=np.float32))
result = f(x)

print("result:", np.round(np.asarray(result), 4))
print("dtype:", result.dtype)
print("device:", jax.default_backend())
