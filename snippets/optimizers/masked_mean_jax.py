import jax
import jax.numpy as jnp
import numpy as np
import optax

rng = np.random.default_rng(1)
logits = jnp.asarray(rng.standard_normal((6, 5)).astype(np.float32))
labels = jnp.asarray(np.array([2, 0, 4, 1, -100, -100]))  # the last two are padding
mask = labels != -100

per_example = optax.softmax_cross_entropy_with_integer_labels(
    logits, jnp.where(mask, labels, 0), where=mask
)
loss = float(per_example.sum() / mask.sum())
print(f"mean over real labels: {loss:.5f}")
print(f"sum / all 6 rows:      {float(per_example.sum()) / 6:.5f}")
print("device:", jax.default_backend())
