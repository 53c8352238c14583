import jax
import jax.numpy as jnp
import numpy as np

rng = np.random.default_rng(0)
X, Y = rng.standard_normal((8, 3), np.float32), rng.standard_normal(8, np.float32)
W1, b1 = rng.standard_normal((3, 4), np.float32), rng.standard_normal(4, np.float32)
W2, b2 = rng.standard_normal((4, 1), np.float32), rng.standard_normal(1, np.float32)
params = {"w1": W1, "b1": b1, "w2": W2, "b2": b2}


def loss(params, x, y):  # one example: x has shape (3,), y is a scalar
    pred = jnp.tanh(x @ params["w1"] + params["b1"]) @ params["w2"] + params["b2"]
    return jnp.sum((pred - y) ** 2)


per_example = jax.vmap(jax.grad(loss), in_axes=(None, 0, 0))(params, X, Y)
one_grad = jax.jit(jax.grad(loss))  # one example at a time, compiled once
loop = [one_grad(params, X[i], Y[i]) for i in range(8)]  # the slow way: a Python loop

names = ("w1", "b1", "w2", "b2")
grads = [np.asarray(per_example[k]) for k in names]  # the checks in plain NumPy
stacked = [np.stack([d[k] for d in loop]) for k in names]
loop_diff = max(float(np.abs(g - s).max()) for g, s in zip(grads, stacked, strict=True))
norms = np.sqrt(sum((g.reshape(8, -1) ** 2).sum(1) for g in grads))
print(jax.tree.map(jnp.shape, per_example))
print("per-example gradient norms:", norms.round(4))
print("matches the loop (within 1e-6):", loop_diff <= 1e-6)
print("device:", jax.default_backend())
