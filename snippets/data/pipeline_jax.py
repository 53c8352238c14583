import grain
import jax
import jax.numpy as jnp
import numpy as np

rng = np.random.default_rng(0)
raw_x = rng.normal(5.0, 2.0, size=(64, 3)).astype(np.float32)
raw_y = rng.integers(0, 3, size=64)
mean, std = raw_x.mean(axis=0), raw_x.std(axis=0)


def normalise(sample):  # plain Python on NumPy, run by Grain's reader threads
    x, y = sample
    return (x - mean) / std, np.eye(3, dtype=np.float32)[y]


dataset = (
    grain.MapDataset.source(list(zip(raw_x, raw_y, strict=True)))
    .shuffle(seed=0)
    .map(normalise)
    .batch(16)
    .to_iter_dataset(grain.ReadOptions(num_threads=2, prefetch_buffer_size=4))
)
xs, ys = [], []
for xb, yb in dataset:
    xs.append(jnp.asarray(xb))
    ys.append(jnp.asarray(yb))
x, y = jnp.concatenate(xs), jnp.concatenate(ys)
num_batches, num_samples = len(xs), len(x)
feature_mean, feature_std = x.mean(0), x.std(0)
class_counts = y.sum(0)
print("batches:", num_batches, "samples:", num_samples, "device:", jax.default_backend())
print("batch shapes:", xb.shape, yb.shape)
print(f"max |mean|: {jnp.abs(feature_mean).max():.4f} | std:", np.asarray(feature_std).round(4))
print("class counts:", class_counts.tolist())
