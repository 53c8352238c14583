import jax
import jax.numpy as jnp
import tensorflow as tf

features = tf.reshape(tf.range(20, dtype=tf.float32), (10, 2))  # sample i is [2i, 2i+1]
labels = tf.range(10) % 2
dataset = tf.data.Dataset.from_tensor_slices((features, labels)).shuffle(10, seed=0).batch(4)


@jax.jit
def step(x, y):  # stands in for a JAX training step
    return jnp.sum(x.sum(axis=1) * y)


total = 0.0
for xb, yb in dataset.as_numpy_iterator():  # NumPy arrays, not tf.Tensor
    total += step(xb, yb)

print("dataset yields:", type(next(iter(dataset))[0]).__name__, "| step gets:", type(xb).__name__)
print("total:", total, "| JAX backend:", jax.default_backend())
