import jax
import jax.numpy as jnp
import numpy as np
import optax

rng = np.random.default_rng(0)
x = rng.standard_normal((64, 4), dtype=np.float32)
y = x @ np.array([[1.0], [-2.0], [0.5], [3.0]], np.float32) + 0.1
shapes = [(4, 8), (8,), (8, 1), (1,)]  # kernels as (in, out)
w1, b1, w2, b2 = (0.5 * rng.standard_normal(s, dtype=np.float32) for s in shapes)
params = {"w1": w1, "b1": b1, "w2": w2, "b2": b2}


def forward(params, x):
    return jnp.tanh(x @ params["w1"] + params["b1"]) @ params["w2"] + params["b2"]


def loss_fn(params, x, y):  # compile(loss="mse"); the MAE rides along as auxiliary output
    pred = forward(params, x)
    return jnp.mean((pred - y) ** 2), jnp.mean(jnp.abs(pred - y))


tx = optax.sgd(0.05)  # compile(optimizer=...)


@jax.jit
def train_step(params, opt_state, x, y):
    (loss, mae), grads = jax.value_and_grad(loss_fn, has_aux=True)(params, x, y)
    updates, opt_state = tx.update(grads, opt_state)
    return optax.apply_updates(params, updates), opt_state, loss, mae


opt_state, epoch_loss, epoch_mae, steps = tx.init(params), [], [], 0
for epoch in range(1, 4):  # fit(epochs=3)
    losses, maes = [], []
    for i in range(0, len(x), 16):  # fit(batch_size=16, shuffle=False)
        params, opt_state, loss, mae = train_step(params, opt_state, x[i : i + 16], y[i : i + 16])
        steps += 1
        losses.append(float(loss))
        maes.append(float(mae))
    epoch_loss.append(float(np.mean(losses)))  # what fit's history reports: the epoch mean
    epoch_mae.append(float(np.mean(maes)))
    print(f"epoch {epoch}  loss {epoch_loss[-1]:.4f}  mae {epoch_mae[-1]:.4f}")
print("optimizer steps:", steps, "| device:", jax.default_backend())
