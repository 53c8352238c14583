import jax
import jax.numpy as jnp

x = jnp.array([[1, 2, 3, 4], [5, 6, 7, 8]], dtype=jnp.int32)
running = jnp.cumsum(x, axis=1)
from_the_end = jax.lax.cumsum(x, axis=1, reverse=True)  # jnp.cumsum has no `reverse=`
exclusive = running - x  # no `exclusive=` argument

result = [running, from_the_end, exclusive]
print("running:     ", running.tolist(), running.dtype)
print("from the end:", from_the_end.tolist())
print("exclusive:   ", exclusive.tolist())
print("device:", jax.default_backend())
