import jax
import jax.numpy as jnp
import ml_dtypes
import numpy as np

values = np.array([0.1, 1 / 3, 1.1, 2.7, -17.3, 300.0, 1e-3, 3e-5], dtype=np.float32)
too_big = np.array([500.0, 1e5, np.inf], dtype=np.float32)


def round_trip(a, dtype):
    return np.asarray(jnp.asarray(a).astype(dtype).astype(jnp.float32))


def show(name, a):
    print(f"{name:15}", "".join(f"{float(v):>13.7g}" for v in a))


e4m3 = round_trip(values, jnp.float8_e4m3fn)
e5m2 = round_trip(values, jnp.float8_e5m2)
for dtype in (jnp.float8_e4m3fn, jnp.float8_e5m2):
    info = jnp.finfo(dtype)
    print(f"{info.dtype}: {info.bits // 8} byte, max {float(info.max):g}, eps {float(info.eps):g}")
print("same type as ml_dtypes:", jnp.dtype(jnp.float8_e4m3fn) == ml_dtypes.float8_e4m3fn)
show("float32", values)
show("e4m3fn", e4m3)
show("e5m2", e5m2)
show("e4m3fn overflow", round_trip(too_big, jnp.float8_e4m3fn))
show("e5m2 overflow", round_trip(too_big, jnp.float8_e5m2))
print("device:", jax.default_backend())
