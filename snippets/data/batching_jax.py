import grain
import jax
import jax.numpy as jnp
import numpy as np

features = np.arange(20, dtype=np.float32).reshape(10, 2)  # sample i is [2i, 2i+1]
labels = np.arange(10) % 2
dataset = grain.MapDataset.source(list(zip(features, labels, strict=True)))
batched = dataset.shuffle(seed=0).batch(4)

seen, batch_sizes = [], []
for xb, yb in batched:
    xb, yb = jnp.asarray(xb), jnp.asarray(yb)  # NumPy batch -> default device
    print(xb.shape, xb.tolist(), yb.tolist())
    seen += xb.tolist()
    batch_sizes.append(len(xb))

num_batches = len(batched)
seen = sorted(seen)
num_batches_drop_last = len(dataset.batch(4, drop_remainder=True))
print("batches:", num_batches, "sizes:", batch_sizes, "| drop_remainder:", num_batches_drop_last)
print("every sample once:", seen == features.tolist(), "| device:", jax.default_backend())
