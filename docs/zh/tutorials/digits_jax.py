# %% [markdown]
# # Train a digits classifier: JAX
#
# This tutorial trains a small network to read handwritten digits with JAX, Flax NNX and
# Optax, one step at a time, and stops at each step to say why it is done that way. By the
# end you will have a model that classifies more than 95% of unseen digits correctly, a plot
# of how training went, and a confusion matrix that shows which digits it still mixes up.
#
# The data is scikit-learn's bundled copy of the UCI digits: 1,797 greyscale images of
# 8 × 8 pixels, so everything runs offline and in well under a minute on a laptop CPU. JAX
# uses a GPU when it finds one. The same tutorial exists for
# [PyTorch](digits_pytorch.ipynb) and [TensorFlow](digits_tensorflow.ipynb), with the same
# data, splits, model and schedule; [Training end to end](../training.md) compares the three
# side by side.
#
# ## 1. Set-up
#
# JAX itself is a library of array functions with automatic differentiation and a compiler.
# The model comes from **Flax NNX**, which holds parameters in ordinary Python objects, and
# the optimizer and schedule from **Optax**. JAX has no global random seed: randomness comes
# from explicit keys, and here `nnx.Rngs(0)` hands them out (step 3). NumPy's own generator,
# seeded below, shuffles the data. Together they make a second run print the same numbers on
# the same machine ([Randomness and reproducibility](../randomness.md) explains the
# difference).

# %%
import jax
import matplotlib.pyplot as plt
import numpy as np
import optax
from flax import nnx
from sklearn.datasets import load_digits
from sklearn.metrics import ConfusionMatrixDisplay, confusion_matrix
from sklearn.model_selection import train_test_split

EPOCHS, BATCH = 20, 64
order = np.random.default_rng(0)  # shuffles the training set each epoch

# %% [markdown]
# ## 2. Three splits of the data
#
# A fifth of the images is set aside as the **test** set and looked at once, at the very end.
# A fifth of the rest becomes the **validation** set, which we check after every epoch to
# choose the best weights. Choosing with the test set instead would make its score an
# optimistic guess rather than a measurement. `stratify` keeps the ten classes in the same
# proportions in every split.
#
# The pixels hold values from 0 to 16; dividing by 16 puts them between 0 and 1, a range in
# which the default weight initialisation and learning rate behave well. The division gives
# float64, so the arrays are cast to float32, the dtype of the model's weights (JAX would
# narrow them anyway unless 64-bit mode is on). They stay NumPy arrays: JAX copies each batch
# to the device when a compiled function receives it.

# %%
images, labels = load_digits(return_X_y=True)
x, x_test, y, y_test = train_test_split(
    (images / 16.0).astype("float32"), labels, test_size=0.2, random_state=0, stratify=labels
)
x_train, x_val, y_train, y_val = train_test_split(x, y, test_size=0.2, random_state=0, stratify=y)
split_sizes = (len(x_train), len(x_val), len(x_test))
steps_per_epoch = -(-len(x_train) // BATCH)  # ceiling division

# %% [markdown]
# ## 3. Model, loss and optimizer
#
# Each image is flattened to 64 numbers. One hidden layer of 128 units is plenty for this
# data; dropout switches off a random fifth of those units on each training step, which keeps
# the network from leaning on a few of them. NNX layers take their random keys from `rngs`
# when they are built: the linear layers draw their initial weights, and the dropout layer
# keeps a stream for its masks. The last layer returns ten **logits**, one score per digit;
# the loss in step 4 applies the softmax itself.
#
# Adam starts at a learning rate of 0.005, and Optax's cosine schedule lowers it smoothly to
# zero by the last step. A schedule is a plain function of the step count, and the optimizer
# counts updates, so `decay_steps` counts batches, not epochs. `nnx.Optimizer` keeps Adam's
# state next to the model; `wrt=nnx.Param` says which variables it updates.

# %%
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

# %% [markdown]
# ## 4. A compiled training step
#
# In JAX you write the step as a function. `nnx.value_and_grad` differentiates the loss with
# respect to the model's parameters and returns the loss too; `optimizer.update` applies
# Adam's update to the model in place. `nnx.jit` compiles the whole step with XLA the first
# time it sees a batch shape; later calls with that shape reuse the compiled code. The last
# batch of an epoch is smaller, so it compiles once more, in the first epoch only.
#
# `accuracy` is compiled the same way. Both take the model as an argument rather than
# reading a global, which is what lets `nnx.jit` track the parameters it changes.


# %%
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


# %% [markdown]
# ## 5. The training loop
#
# The loop itself is plain Python. Each epoch draws a new order of the training images and
# walks through it in batches. `model.train()` and `model.eval()` switch dropout on and
# off: it must be on while learning and off while measuring. `float(...)` waits for the
# device and brings the loss back as a Python number; JAX otherwise runs ahead
# asynchronously.
#
# After each epoch the validation accuracy decides whether to keep the weights.
# `nnx.state(model)` refers to the live variables, which the next step would overwrite, so
# the copy is made with `nnx.clone`. The loss and accuracy of every epoch are kept in
# `history` for the plot in step 7.

# %%
best_acc, lrs = 0.0, []
history = {"train_loss": [], "val_acc": []}
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
    history["train_loss"].append(train_loss)
    history["val_acc"].append(val_acc)
    print(f"epoch {epoch:2d}  lr {lrs[-1]:.2e}  loss {train_loss:.4f}  val_acc {val_acc:.4f}")

# %% [markdown]
# ## 6. One look at the test set
#
# Training ran all its epochs; now `nnx.update` writes the best validation epoch's weights
# back into the model, and the test set is used for the first and only time. Its accuracy
# is the figure to report.

# %%
epochs_run = epoch
nnx.update(model, best_state)
test_accuracy = float(accuracy(model, x_test, y_test))
print(f"best epoch {best_epoch} of {epochs_run} | test accuracy {test_accuracy:.4f}")

# %% [markdown]
# ## 7. The training curve
#
# The left plot is the training loss, the right one the validation accuracy, and the dotted
# line marks the epoch whose weights were kept. Loss falls fast at first and then flattens as
# the learning rate shrinks. Validation accuracy levels off long before the last epoch.
# Epochs after that point cost time without helping, which is why keeping the best epoch
# (or stopping early) matters more on longer runs.

# %%
epochs = range(1, epochs_run + 1)
fig, (left, right) = plt.subplots(1, 2, figsize=(9, 3.2), layout="constrained")
left.plot(epochs, history["train_loss"], marker="o")
left.set(title="Training loss", xlabel="epoch", ylabel="cross-entropy", yscale="log")
right.plot(epochs, history["val_acc"], marker="o", color="tab:green")
right.set(title="Validation accuracy", xlabel="epoch", ylabel="accuracy")
for ax in (left, right):
    ax.axvline(best_epoch, linestyle=":", color="grey")
    ax.set_xticks([1, *range(5, epochs_run + 1, 5)])
    ax.grid(alpha=0.3)
plt.show()

# %% [markdown]
# ## 8. Which digits does it confuse?
#
# One accuracy figure hides where the errors are. The confusion matrix counts, for every
# true digit (rows), what the model read it as (columns): the diagonal holds the correct
# answers and every other cell is a mistake. With about 36 test images per digit, each
# mistake counts, so read it as a hint of which shapes are hard, not as a ranking.
# `np.asarray` brings the predictions back from the device as a NumPy array.

# %%
predicted = np.asarray(model(x_test).argmax(1))  # model.eval() above: dropout is off
matrix = confusion_matrix(y_test, predicted)
mistakes = matrix - np.diag(np.diag(matrix))
true_digit, read_as = np.unravel_index(mistakes.argmax(), mistakes.shape)
print(
    f"{mistakes.sum()} of {len(y_test)} test digits misread; most often "
    f"{true_digit} read as {read_as} ({mistakes[true_digit, read_as]} times)"
)
fig, ax = plt.subplots(figsize=(4.5, 4.5), layout="constrained")
ConfusionMatrixDisplay(matrix).plot(ax=ax, cmap="Blues", colorbar=False)
ax.set_title("Confusion matrix, test set")
plt.show()

# %% [markdown]
# ## What to try next
#
# - **Time the compile.** Call `train_step` once on a batch and time it, then time a second
#   call: the first includes XLA's compilation. [Compilation](../compilation.md) explains
#   what `jit` records and when it compiles again.
# - **Drop the schedule.** Pass a fixed learning rate, `optax.adam(5e-3)`, and train again:
#   the loss curve gets noisier near the end, and the best epoch moves.
# - **Stop early.** Break out of the loop when validation accuracy has not improved for five
#   epochs, and compare the test accuracy with the full run.
# - **Use the pixels as an image.** Reshape each input to 8 × 8 × 1 and put an `nnx.Conv`
#   layer first; [Layers and models](../layers.md) shows how models are built in each
#   framework.
# - **Batch the evaluation with `vmap`**, or write the per-example loss and let
#   [Vectorisation](../vectorisation.md) turn it into a batched one.
# - **Save the best state** with Orbax and restore it in a fresh process, as in
#   [Saving and loading](../saving.md).
# - **Read the same steps in [PyTorch](digits_pytorch.ipynb) or
#   [TensorFlow](digits_tensorflow.ipynb)**: PyTorch's loop looks like this one, while Keras's
#   `fit` writes it for you.
