import jax
import jax.numpy as jnp
import numpy as np
import optax

g1 = np.array([3.0, 0.0, -4.0], dtype=np.float32)  # norm 5
g2 = np.array([[0.3, -0.4], [0.0, 0.0]], dtype=np.float32)  # norm 0.5
grads = {"g1": jnp.asarray(g1), "g2": jnp.asarray(g2)}


def clipped(tx):
    updates, _ = tx.update(grads, tx.init(grads))
    return np.concatenate([np.asarray(updates[k]).ravel() for k in ("g1", "g2")])


by_global_norm = clipped(optax.clip_by_global_norm(1.0))
by_value = clipped(optax.clip(0.35))
print("by global norm:", np.round(by_global_norm, 4))
print("by value:      ", np.round(by_value, 4))
print("device:", jax.default_backend())
