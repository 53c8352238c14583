import jax
import numpy as np
import optax
from flax import nnx
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

EPOCHS, BATCH = 20, 64

images, labels = load_digits(return_X_y=True)
x, x_test, y, y_test = train_test_split(
    (images / 16.0).astype("float32"), labels, test_size=0.2, random_state=0, stratify=labels
)
x_train, x_val, y_train, y_val = train_test_split(x, y, test_size=0.2, random_state=0, stratify=y)
split_sizes = (len(x_train), len(x_val), len(x_test))
steps_per_epoch = -(-len(x_train) // BATCH)

rngs = nnx.Rngs(0)  # parameters and dropout masks both draw from it
model = nnx.Sequential(
    nnx.Linear(64, 128, rngs=rngs),
    nnx.relu,
    nnx.Dropout(0.2, rngs=rngs),
    nnx.Linear(128, 10, rngs=rngs),
)
schedule = optax.cosine_decay_schedule(5e-3, decay_steps=EPOCHS * steps_per_epoch)
optimizer = nnx.Optimizer(model, optax.adam(schedule), wrt=nnx.Param)
n_params = sum(p.size for p in jax.tree.leaves(nnx.state(model, nnx.Param)))
print("train/val/test:", split_sizes, "| parameters:", n_params, "| device:", jax.default_backend())


@nnx.jit
def train_step(model, optimizer, x, y):
    def loss_fn(model):
        return optax.softmax_cross_entropy_with_integer_labels(model(x), y).mean()

    loss, grads = nnx.value_and_grad(loss_fn)(model)
    optimizer.update(model, grads)  # new parameters written back into model
    return loss


@nnx.jit
def accuracy(model, x, y):
    return (model(x).argmax(1) == y).mean()


order = np.random.default_rng(0)
best_acc, lrs = 0.0, []
for epoch in range(1, EPOCHS + 1):
    model.train()  # dropout on
    perm, total = order.permutation(len(x_train)), 0.0
    for i in range(0, len(x_train), BATCH):
        idx = perm[i : i + BATCH]
        total += float(train_step(model, optimizer, x_train[idx], y_train[idx])) * len(idx)
    model.eval()  # dropout off
    val_acc = float(accuracy(model, x_val, y_val))
    if val_acc > best_acc:  # nnx.state() holds live variables: clone them
        best_acc, best_epoch, best_state = val_acc, epoch, nnx.clone(nnx.state(model))
    lrs.append(float(schedule(optimizer.step[...])))
    train_loss = total / len(x_train)
    print(f"epoch {epoch:2d}  lr {lrs[-1]:.2e}  loss {train_loss:.4f}  val_acc {val_acc:.4f}")

epochs_run = epoch
nnx.update(model, best_state)
test_accuracy = float(accuracy(model, x_test, y_test))
print(f"best epoch {best_epoch} of {epochs_run} | test accuracy {test_accuracy:.4f}")
