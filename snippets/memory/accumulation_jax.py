import jax
import jax.numpy as jnp
import numpy as np
import optax

rng = np.random.default_rng(0)  # small integers and quarters: every sum below is exact
x = jnp.asarray(rng.integers(-2, 3, (32, 4)).astype(np.float32))
y = jnp.asarray(rng.integers(-2, 3, (32, 1)).astype(np.float32))
start = {
    "w1": jnp.asarray(rng.integers(-2, 3, (4, 8)).astype(np.float32) / 4),
    "w2": jnp.asarray(rng.integers(-2, 3, (8, 1)).astype(np.float32) / 4),
}


def loss_fn(params, xb, yb):
    h = jax.nn.relu(xb @ params["w1"])
    return jnp.mean((h @ params["w2"] - yb) ** 2)


def train(batches, optimizer):
    params, state = start, optimizer.init(start)
    for xb, yb in batches:
        grads = jax.grad(loss_fn)(params, xb, yb)
        updates, state = optimizer.update(grads, state, params)
        params = optax.apply_updates(params, updates)
    return params


big = train([(x, y)], optax.sgd(0.125))  # one step on all 32 examples
micro = [(x[i : i + 8], y[i : i + 8]) for i in range(0, 32, 8)]  # four micro-batches of 8
accumulated = train(micro, optax.MultiSteps(optax.sgd(0.125), every_k_schedule=4))
max_diff = max(float(jnp.max(jnp.abs(big[k] - accumulated[k]))) for k in big)
w2 = np.asarray(accumulated["w2"][:, 0])

print("w2 after one step of 32:    ", np.round(np.asarray(big["w2"][:, 0]), 4))
print("w2 after 4 x 8, accumulated:", np.round(w2, 4))
print("largest difference:", max_diff)
print("device:", jax.default_backend())
