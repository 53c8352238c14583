import grain
import jax
import jax.numpy as jnp
import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

images, targets = load_digits(return_X_y=True)  # 1797 images of 8x8 pixels, values 0..16
x_train, x_test, y_train, y_test = train_test_split(images, targets, test_size=0.2, random_state=0)

samples = list(zip((x_train / 16.0).astype(np.float32), y_train, strict=True))
train_loader = grain.DataLoader(
    data_source=samples,
    sampler=grain.samplers.IndexSampler(len(samples), shuffle=True, seed=0, num_epochs=1),
    operations=[grain.transforms.Batch(batch_size=64)],
    read_options=grain.ReadOptions(num_threads=0),  # data already in memory: no reader threads
)

xb, yb = next(iter(train_loader))
xb, yb = jnp.asarray(xb), jnp.asarray(yb)
split_sizes = (len(x_train), len(x_test))
num_batches = sum(1 for _ in train_loader)
first_shapes = (xb.shape, yb.shape)
pixel_range = (xb.min().item(), xb.max().item())
print("train/test:", split_sizes, "| batches of 64:", num_batches)
print("first batch:", first_shapes, xb.dtype, yb.dtype)
print("pixel range:", pixel_range, "| device:", jax.default_backend())
