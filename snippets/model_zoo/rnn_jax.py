import jax
import jax.numpy as jnp
import numpy as np
import optax
from flax import nnx

# Task: is a sequence of 8 numbers in ascending order? About half of them are.
rng = np.random.default_rng(0)
x = rng.random((768, 8, 1), dtype=np.float32)  # (N, T, F): batch, time, features
y = rng.integers(0, 2, 768)
x[y == 1] = np.sort(x[y == 1], axis=1)
x_train, y_train, x_test, y_test = x[:512], y[:512], x[512:], y[512:]


class SortedClassifier(nnx.Module):
    def __init__(self, rngs):
        self.lstm = nnx.RNN(nnx.LSTMCell(1, 16, rngs=rngs))  # scans the cell over time
        self.head = nnx.Linear(16, 1, rngs=rngs)

    def __call__(self, x):
        outputs = self.lstm(x)  # (N, T, 16): batch-major by default (time_major=False)
        return self.head(outputs[:, -1]).squeeze(-1)  # last time step -> one logit


model = SortedClassifier(nnx.Rngs(0))
optimizer = nnx.Optimizer(model, optax.adam(1e-2), wrt=nnx.Param)


@nnx.jit
def train_step(model, optimizer, x, y):
    def loss_fn(model):
        return optax.sigmoid_binary_cross_entropy(model(x), y).mean()

    optimizer.update(model, nnx.grad(loss_fn)(model))


order = np.random.default_rng(0)
for _ in range(10):
    for idx in order.permutation(512).reshape(-1, 32):
        train_step(model, optimizer, x_train[idx], y_train[idx])

logits = nnx.jit(lambda model, x: model(x))(model, x_test)
test_accuracy = float(((logits > 0) == y_test).mean())

cell = model.lstm.cell
print(jax.tree.map(jnp.shape, nnx.to_pure_dict(nnx.state(cell, nnx.Param))))
inputs, recurrent = (cell.ii, cell.if_, cell.ig, cell.io), (cell.hi, cell.hf, cell.hg, cell.ho)
weight_counts = (sum(g.kernel.size for g in inputs), sum(g.kernel.size for g in recurrent))
n_bias = sum(g.bias.size for g in recurrent)  # only the recurrent half has a bias
print("input/recurrent weights:", weight_counts, "| biases:", n_bias)
print(f"test accuracy {test_accuracy:.4f} | device: {jax.default_backend()}")
