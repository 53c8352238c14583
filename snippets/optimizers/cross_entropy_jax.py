import jax
import jax.numpy as jnp
import numpy as np
import optax

rng = np.random.default_rng(0)
logits = jnp.asarray((2 * rng.standard_normal((4, 5))).astype(np.float32))
labels = jnp.asarray(np.array([0, 3, 1, 4]))

# Optax returns one loss per example: the reduction is yours.
per_example = optax.softmax_cross_entropy_with_integer_labels(logits, labels)
print("per-example shape:", per_example.shape)
ce = float(per_example.mean())
targets = optax.smooth_labels(jax.nn.one_hot(labels, 5), 0.1)
ce_smooth = float(optax.softmax_cross_entropy(logits, targets).mean())
wrong = float(
    optax.softmax_cross_entropy_with_integer_labels(jax.nn.softmax(logits), labels).mean()
)
print(f"from logits:        {ce:.5f}")
print(f"label smoothing 0.1: {ce_smooth:.5f}")
print(f"softmax passed in:  {wrong:.5f}")
print("device:", jax.default_backend())
