import jax
import jax.numpy as jnp
import numpy as np

rng = np.random.default_rng(0)
w0 = rng.standard_normal((512, 512), dtype=np.float32)  # 1 MiB of float32
g = jnp.asarray(rng.standard_normal((512, 512), dtype=np.float32))


def sgd(w, g):
    return w - 0.5 * g


donating = jax.jit(sgd, donate_argnums=0)  # w's buffer may be reused for the result
w = jnp.asarray(w0)
address = w.unsafe_buffer_pointer()
w_new = donating(w, g)
aliased = donating.lower(w_new, g).compile().memory_analysis().alias_size_in_bytes
plain = jax.jit(sgd).lower(w_new, g).compile().memory_analysis().alias_size_in_bytes
result = np.asarray(w_new)

print("old w deleted:", w.is_deleted())
print("result in the old buffer:", w_new.unsafe_buffer_pointer() == address)
print(f"output aliasing an input: {aliased / 2**20:.1f} MiB (without donation {plain / 2**20:.1f})")
print("w[0, :3]:", np.round(result[0, :3], 4))
print("device:", jax.default_backend())
