import jax
import jax.numpy as jnp

limits = []
for dtype in (jnp.float16, jnp.bfloat16, jnp.float32):
    info = jnp.finfo(dtype)
    limits.append([float(info.max), float(info.eps)])
    print(f"{jnp.dtype(dtype).name:9} max={float(info.max):<12.6g} eps={float(info.eps):.6g}")

big, near_one = jnp.array(70000.0), jnp.array(1 + 1 / 256)
casts = [float(v.astype(d)) for v in (big, near_one) for d in (jnp.float16, jnp.bfloat16)]
print("70000     as float16, bfloat16:", casts[0], casts[1])
print("1 + 1/256 as float16, bfloat16:", casts[2], casts[3])
print("device:", jax.default_backend())
