import jax
import jax.numpy as jnp
import numpy as np
import optax
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

EPOCHS, BATCH, DROP = 20, 64, 0.2

images, labels = load_digits(return_X_y=True)
x_train, x_test, y_train, y_test = train_test_split(
    (images / 16.0).astype("float32"), labels, test_size=0.2, random_state=0, stratify=labels
)


@jax.jit
def init_params(key):  # LeCun-normal weights, zero biases
    k1, k2 = jax.random.split(key)
    return {
        "hidden": {"w": jax.random.normal(k1, (64, 128)) / 64**0.5, "b": jnp.zeros(128)},
        "out": {"w": jax.random.normal(k2, (128, 10)) / 128**0.5, "b": jnp.zeros(10)},
    }


def forward(params, x, dropout_key=None):
    h = jax.nn.relu(x @ params["hidden"]["w"] + params["hidden"]["b"])
    if dropout_key is not None:  # training: keep each unit with probability 0.8, rescale
        keep = jax.random.bernoulli(dropout_key, 1 - DROP, h.shape)
        h = jnp.where(keep, h / (1 - DROP), 0.0)
    return h @ params["out"]["w"] + params["out"]["b"]


def loss_fn(params, x, y, dropout_key):
    logits = forward(params, x, dropout_key)
    loss = optax.softmax_cross_entropy_with_integer_labels(logits, y).mean()
    return loss, (logits.argmax(1) == y).sum()


steps_per_epoch = len(x_train) // BATCH  # the last, partial batch is dropped
tx = optax.adam(optax.cosine_decay_schedule(5e-3, EPOCHS * steps_per_epoch))


@jax.jit
def train_step(params, opt_state, key, x, y):
    key, dropout_key = jax.random.split(key)  # a fresh dropout mask for every step
    (loss, hits), grads = jax.value_and_grad(loss_fn, has_aux=True)(params, x, y, dropout_key)
    updates, opt_state = tx.update(grads, opt_state, params)
    return optax.apply_updates(params, updates), opt_state, key, loss, hits


@jax.jit
def accuracy(params, x, y):
    return (forward(params, x).argmax(1) == y).mean()


params = init_params(jax.random.key(0))
key = jax.random.key(1)  # dropout stream
opt_state = tx.init(params)
order = np.random.default_rng(0)
for epoch in range(1, EPOCHS + 1):
    perm, total, correct = order.permutation(len(x_train)), 0.0, 0
    for i in range(steps_per_epoch):  # one batch shape: compiled once
        idx = perm[i * BATCH : (i + 1) * BATCH]
        params, opt_state, key, loss, hits = train_step(
            params, opt_state, key, x_train[idx], y_train[idx]
        )
        total, correct = total + float(loss) * BATCH, correct + int(hits)
    if epoch % 5 == 0:
        n = steps_per_epoch * BATCH
        print(f"epoch {epoch:2d}  loss {total / n:.4f}  train_acc {correct / n:.4f}")

test_accuracy = float(accuracy(params, x_test, y_test))
steps = int(opt_state[0].count)  # scale_by_adam's step counter
print(
    f"optimizer steps {steps} | test accuracy {test_accuracy:.4f} | device: {jax.default_backend()}"
)
