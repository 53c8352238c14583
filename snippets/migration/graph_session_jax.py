import jax
import jax.numpy as jnp
import numpy as np

rng = np.random.default_rng(9)
x = rng.standard_normal((8, 3), dtype=np.float32)
y = rng.standard_normal((8, 1), dtype=np.float32)
w0 = 0.5 * rng.standard_normal((3, 1), dtype=np.float32)
LR = 0.1


def loss_fn(w, b, x, y):
    return jnp.mean((x @ w + b - y) ** 2)


# The traced program, as jax.jit hands it to XLA.
print(jax.make_jaxpr(loss_fn)(w0, jnp.zeros(1), x, y))


@jax.jit
def train_step(w, b, x, y):  # pure: new parameters come back as values
    loss, (dw, db) = jax.value_and_grad(loss_fn, argnums=(0, 1))(w, b, x, y)
    return w - LR * dw, b - LR * db, loss


w_new, b_new, loss = train_step(jnp.asarray(w0), jnp.zeros(1), x, y)
loss = float(loss)
print(f"jit step:     loss {loss:.4f}  w {np.asarray(w_new).ravel().round(4)}", end="")
print(f"  b {np.asarray(b_new).round(4)}")
print("device:", jax.default_backend())
