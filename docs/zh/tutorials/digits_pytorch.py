# %% [markdown]
# # Train a digits classifier: PyTorch
#
# This tutorial trains a small network to read handwritten digits, one step at a time, and
# stops at each step to say why it is done that way. By the end you will have a model that
# classifies more than 95% of unseen digits correctly, a plot of how training went, and a
# confusion matrix that shows which digits it still mixes up.
#
# The data is scikit-learn's bundled copy of the UCI digits: 1,797 greyscale images of
# 8 × 8 pixels, so everything runs offline and in well under a minute on a laptop CPU. The
# code uses a GPU when there is one. The same tutorial exists for
# [TensorFlow](digits_tensorflow.ipynb) and [JAX](digits_jax.ipynb), with the same data, splits,
# model and schedule; [Training end to end](../training.md) compares the three side by side.
#
# ## 1. Set-up
#
# Seeding PyTorch fixes the initial weights, the dropout masks and the order in which the
# data loader shuffles, so running this notebook twice prints the same numbers on the same
# machine. A GPU may still differ in the last digits, because some of its kernels add in a
# different order ([Randomness and reproducibility](../randomness.md) covers the switches
# that remove that too).

# %%
import copy

import matplotlib.pyplot as plt
import numpy as np
import torch
from sklearn.datasets import load_digits
from sklearn.metrics import ConfusionMatrixDisplay, confusion_matrix
from sklearn.model_selection import train_test_split
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
EPOCHS, BATCH = 20, 64

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
# which the default weight initialisation and learning rate behave well. The tensors are
# float32, the dtype the model's weights have, and are moved to the device once, since the
# whole dataset fits in memory. The loader draws its shuffles from its own seeded generator.

# %%
images, labels = load_digits(return_X_y=True)
x, x_test, y, y_test = train_test_split(
    images / 16.0, labels, test_size=0.2, random_state=0, stratify=labels
)
x_train, x_val, y_train, y_val = train_test_split(x, y, test_size=0.2, random_state=0, stratify=y)
split_sizes = (len(x_train), len(x_val), len(x_test))
x_train, x_val, x_test = (
    torch.tensor(a, dtype=torch.float32, device=device) for a in (x_train, x_val, x_test)
)
y_train, y_val, y_test = (torch.tensor(a, device=device) for a in (y_train, y_val, y_test))
loader = DataLoader(
    TensorDataset(x_train, y_train),
    batch_size=BATCH,
    shuffle=True,
    generator=torch.Generator().manual_seed(0),
)

# %% [markdown]
# ## 3. Model, loss and optimizer
#
# Each image is flattened to 64 numbers. One hidden layer of 128 units is plenty for
# this data; dropout switches off a random fifth of those units on each training step, which
# keeps the network from leaning on a few of them. The last layer returns ten **logits**, one
# score per digit, with no softmax: `nn.CrossEntropyLoss` applies it inside, in a form that
# stays accurate when the scores are large.
#
# Adam starts at a learning rate of 0.005, and a cosine schedule lowers it smoothly to zero
# by the last step. The scheduler is stepped after every batch, so its length `T_max` counts
# batches, not epochs.

# %%
model = nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Dropout(0.2), nn.Linear(128, 10)).to(device)
optimizer = torch.optim.Adam(model.parameters(), lr=5e-3)
scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=EPOCHS * len(loader))
loss_fn = nn.CrossEntropyLoss()
n_params, steps_per_epoch = sum(p.numel() for p in model.parameters()), len(loader)
print("train/val/test:", split_sizes, "| parameters:", n_params, "| device:", device)

# %% [markdown]
# ## 4. The training loop
#
# PyTorch leaves the loop to you. Each step runs the model on a batch, computes the loss,
# clears the gradients left from the previous step (`zero_grad`, since PyTorch adds new
# gradients to old ones), back-propagates and updates the weights.
#
# `model.train()` and `model.eval()` switch dropout on and off: it must be on while
# learning and off while measuring. `torch.no_grad()` skips recording the graph during
# evaluation, which saves memory and time. After each epoch the validation accuracy decides
# whether to keep a copy of the weights. `state_dict()` returns the live tensors, which
# training keeps changing, so the copy has to be a deep one.
#
# The loss and accuracy of every epoch are kept in `history` for the plot in step 6.


# %%
def accuracy(x, y):
    model.eval()  # dropout off
    with torch.no_grad():
        return (model(x).argmax(1) == y).float().mean().item()


best_acc, lrs = 0.0, []
history = {"train_loss": [], "val_acc": []}
for epoch in range(1, EPOCHS + 1):
    model.train()  # dropout on
    total = 0.0
    for xb, yb in loader:
        loss = loss_fn(model(xb), yb)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        scheduler.step()  # per batch: T_max counts batches
        total += loss.item() * len(xb)
    val_acc = accuracy(x_val, y_val)
    if val_acc > best_acc:  # state_dict() holds live tensors: copy them
        best_acc, best_epoch, best_state = val_acc, epoch, copy.deepcopy(model.state_dict())
    lrs.append(scheduler.get_last_lr()[0])
    train_loss = total / len(x_train)
    history["train_loss"].append(train_loss)
    history["val_acc"].append(val_acc)
    print(f"epoch {epoch:2d}  lr {lrs[-1]:.2e}  loss {train_loss:.4f}  val_acc {val_acc:.4f}")

# %% [markdown]
# ## 5. One look at the test set
#
# Training ran all its epochs; now the weights of the best validation epoch go back into
# the model, and the test set is used for the first and only time. Its accuracy is the
# figure to report.

# %%
epochs_run = epoch
model.load_state_dict(best_state)
test_accuracy = accuracy(x_test, y_test)
print(f"best epoch {best_epoch} of {epochs_run} | test accuracy {test_accuracy:.4f}")

# %% [markdown]
# ## 6. The training curve
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
# ## 7. Which digits does it confuse?
#
# One accuracy figure hides where the errors are. The confusion matrix counts, for every
# true digit (rows), what the model read it as (columns): the diagonal holds the correct
# answers and every other cell is a mistake. With about 36 test images per digit, each
# mistake counts, so read it as a hint of which shapes are hard, not as a ranking.

# %%
model.eval()
with torch.no_grad():
    predicted = model(x_test).argmax(1).cpu().numpy()
truth = y_test.cpu().numpy()
matrix = confusion_matrix(truth, predicted)
mistakes = matrix - np.diag(np.diag(matrix))
true_digit, read_as = np.unravel_index(mistakes.argmax(), mistakes.shape)
print(
    f"{mistakes.sum()} of {len(truth)} test digits misread; most often "
    f"{true_digit} read as {read_as} ({mistakes[true_digit, read_as]} times)"
)
fig, ax = plt.subplots(figsize=(4.5, 4.5), layout="constrained")
ConfusionMatrixDisplay(matrix).plot(ax=ax, cmap="Blues", colorbar=False)
ax.set_title("Confusion matrix, test set")
plt.show()

# %% [markdown]
# ## What to try next
#
# - **Compile the step.** Wrap the model in `torch.compile` and time an epoch before and
#   after; [Compilation](../compilation.md) explains what it records and when it recompiles.
#   On a model this small, expect the first epoch to be slower, not faster.
# - **Drop the schedule.** Remove `scheduler.step()` and train again at a fixed learning
#   rate: the loss curve gets noisier near the end, and the best epoch moves.
# - **Stop early.** Break out of the loop when validation accuracy has not improved for five
#   epochs, and compare the test accuracy with the full run.
# - **Use the pixels as an image.** Reshape each input to 1 × 8 × 8 and replace the first
#   layer with `nn.Conv2d`; [Layers and models](../layers.md) shows how models are built in
#   each framework.
# - **Save the best weights** to disk and load them in a fresh process, as in
#   [Saving and loading](../saving.md).
# - **Train in bfloat16** on a GPU that supports it, following
#   [Mixed precision](../mixed_precision.md).
# - **Read the same steps in [TensorFlow](digits_tensorflow.ipynb) or [JAX](digits_jax.ipynb)**:
#   Keras's `fit` writes this loop for you; in JAX you write it, as here, but the step is a
#   pure function.
