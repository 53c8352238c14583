import inspect

import jax
import jax.numpy as jnp
import numpy as np
import optax

defaults = inspect.signature(optax.adamw).parameters
print("learning_rate:", defaults["learning_rate"].default is inspect.Parameter.empty and "required")
for name in ("weight_decay", "eps", "eps_root", "b1", "b2"):
    print(f"{name}: {defaults[name].default}")

w0 = np.ones(4, dtype=np.float32)
g = np.array([1.0, 1e-3, 1e-6, 0.0], dtype=np.float32)

w = jnp.asarray(w0)
tx = optax.adamw(1e-3)
updates, state = tx.update(jnp.asarray(g), tx.init(w), w)
w = optax.apply_updates(w, updates)
step = (w0 - np.asarray(w)) / 1e-3
print("first step / lr:", np.round(step, 3))
print("device:", jax.default_backend())
