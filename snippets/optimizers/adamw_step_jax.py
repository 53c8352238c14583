import jax
import jax.numpy as jnp
import numpy as np
import optax

rng = np.random.default_rng(0)
w0 = rng.standard_normal(6).astype(np.float32)
g = np.array([1.0, -0.5, 1e-3, -1e-5, 1e-6, 0.0], dtype=np.float32)

params = jnp.asarray(w0)
tx = optax.adamw(1e-3, b1=0.9, b2=0.999, eps=1e-8, eps_root=0.0, weight_decay=0.01)
updates, state = tx.update(jnp.asarray(g), tx.init(params), params)
w = np.asarray(optax.apply_updates(params, updates))
print("w after one step:", np.round(w, 6))
print("device:", jax.default_backend())
