import os

flag = "--xla_gpu_deterministic_ops=true"  # read once, when JAX starts its backend
os.environ["XLA_FLAGS"] = f"{os.environ.get('XLA_FLAGS', '')} {flag}".strip()

import jax
import numpy as np

rng = np.random.default_rng(0)
values = jax.numpy.asarray(rng.standard_normal(10_000, dtype=np.float32))
ids = jax.numpy.asarray(rng.integers(0, 4, 10_000))


@jax.jit
def segment_sums(values):  # a scatter-add, like the other two
    return jax.ops.segment_sum(values, ids, num_segments=4)


sums = segment_sums(values)
identical = bool((sums == segment_sums(values)).all())
print("XLA flag set:", flag in os.environ["XLA_FLAGS"])
print("segment sums:", np.asarray(sums).round(3))
print("bitwise identical on a second run:", identical)
print("device:", jax.default_backend())
