import grain
import jax
import jax.numpy as jnp
import numpy as np

dataset = (
    grain.MapDataset.source(np.arange(10, dtype=np.float32))  # Grain: JAX's data loader
    .map(lambda x: x * x)
    .batch(4)  # the last batch keeps the 2 left-over samples
)
batches = [jnp.asarray(b) for b in dataset]  # NumPy batches -> the default device
batch_sums = [b.sum().item() for b in batches]
n_batches = len(batches)

print("a grain.MapDataset:", isinstance(dataset, grain.MapDataset))
print("batches:", [b.tolist() for b in batches])
print("batch sums:", batch_sums, "| device:", jax.default_backend())
