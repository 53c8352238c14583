import jax
import numpy as np
import optax

peak, warmup, total = 0.1, 4, 12

schedule = optax.warmup_cosine_decay_schedule(
    init_value=0.25 * peak,
    peak_value=peak,
    warmup_steps=warmup,
    decay_steps=total,  # includes the warmup, unlike the other two
)
lrs = np.array([float(schedule(step)) for step in range(total + 1)], dtype=np.float32)
print("lr:", np.round(lrs, 5))
print("device:", jax.default_backend())
