# %% [markdown]
# # Train a digits classifier: TensorFlow
#
# This tutorial trains a small network to read handwritten digits with Keras on TensorFlow,
# one step at a time, and stops at each step to say why it is done that way. By the end you
# will have a model that classifies more than 95% of unseen digits correctly, a plot of how
# training went, and a confusion matrix that shows which digits it still mixes up.
#
# The data is scikit-learn's bundled copy of the UCI digits: 1,797 greyscale images of
# 8 × 8 pixels, so everything runs offline and in well under a minute on a laptop CPU. The
# code uses a GPU when there is one. The same tutorial exists for
# [PyTorch](digits_pytorch.ipynb) and [JAX](digits_jax.ipynb), with the same data, splits,
# model and schedule; [Training end to end](../training.md) compares the three side by side.
#
# ## 1. Set-up
#
# Keras 3 runs on several backends; setting `KERAS_BACKEND` before the first `import keras`
# picks TensorFlow. `keras.utils.set_random_seed` seeds Python, NumPy and the backend in one
# call, which fixes the initial weights, the dropout masks and the order in which `fit`
# shuffles, so running this notebook twice prints the same numbers on the same machine. A GPU
# may still differ in the last digits ([Randomness and reproducibility](../randomness.md)
# covers the switches that remove that too).

# %%
import math
import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits
from sklearn.metrics import ConfusionMatrixDisplay, confusion_matrix
from sklearn.model_selection import train_test_split

keras.utils.set_random_seed(0)
device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
EPOCHS, BATCH = 20, 64

# %% [markdown]
# ## 2. Three splits of the data
#
# A fifth of the images is set aside as the **test** set and looked at once, at the very end.
# A fifth of the rest becomes the **validation** set, which Keras evaluates after every
# epoch and which decides which weights to keep. Choosing with the test set instead would
# make its score an optimistic guess rather than a measurement. `stratify` keeps the ten
# classes in the same proportions in every split.
#
# The pixels hold values from 0 to 16; dividing by 16 puts them between 0 and 1, a range in
# which the default weight initialisation and learning rate behave well. The division gives
# float64, so the arrays are cast to float32, the dtype of the model's weights. `fit` takes
# NumPy arrays directly and batches them itself; it needs to know the number of batches per
# epoch only for the schedule in the next step.

# %%
images, labels = load_digits(return_X_y=True)
x, x_test, y, y_test = train_test_split(
    (images / 16.0).astype("float32"), labels, test_size=0.2, random_state=0, stratify=labels
)
x_train, x_val, y_train, y_val = train_test_split(x, y, test_size=0.2, random_state=0, stratify=y)
split_sizes = (len(x_train), len(x_val), len(x_test))
steps_per_epoch = math.ceil(len(x_train) / BATCH)

# %% [markdown]
# ## 3. Model, loss and optimizer
#
# Each image is flattened to 64 numbers. One hidden layer of 128 units is plenty for this
# data; dropout switches off a random fifth of those units on each training step, which keeps
# the network from leaning on a few of them. The last layer returns ten **logits**, one score
# per digit, with no softmax, and the loss is told so with `from_logits=True`: it then
# applies the softmax inside, in a form that stays accurate when the scores are large.
#
# Adam starts at a learning rate of 0.005, and `CosineDecay` lowers it smoothly to zero by
# the last step. A Keras schedule is evaluated at every optimizer step, so `decay_steps`
# counts batches, not epochs. `compile` ties the optimizer, loss and metric to the model;
# the model is built under `tf.device` so its weights live on the chosen device.

# %%
with tf.device(device):
    model = keras.Sequential(
        [
            keras.Input((64,)),
            keras.layers.Dense(128, activation="relu"),
            keras.layers.Dropout(0.2),
            keras.layers.Dense(10),
        ]
    )
    schedule = keras.optimizers.schedules.CosineDecay(5e-3, decay_steps=EPOCHS * steps_per_epoch)
    model.compile(
        optimizer=keras.optimizers.Adam(schedule),
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
        metrics=["accuracy"],
    )
n_params = model.count_params()
print("train/val/test:", split_sizes, "| parameters:", n_params, "| device:", device[1:4].lower())

# %% [markdown]
# ## 4. Training with `fit`
#
# Keras writes the loop: `fit` shuffles, batches, runs each step (forward, loss, gradients,
# update), switches dropout on while training and off while evaluating the validation set,
# and collects the metrics of every epoch in the `History` it returns.
#
# Callbacks hook into that loop. `EpochLog` prints one line per epoch with the learning rate
# the schedule has reached. `EarlyStopping` with `restore_best_weights=True` keeps a copy of
# the weights from the epoch with the best validation accuracy; `patience=EPOCHS` means it
# never actually stops early here, it only puts the best weights back when training ends.


# %%
class EpochLog(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs):
        lrs.append(float(self.model.optimizer.learning_rate))
        train_loss, val_acc = logs["loss"], logs["val_accuracy"]
        print(
            f"epoch {epoch + 1:2d}  lr {lrs[-1]:.2e}  loss {train_loss:.4f}  val_acc {val_acc:.4f}"
        )


# patience=EPOCHS: never stop early, only restore the best epoch's weights at the end
best = keras.callbacks.EarlyStopping("val_accuracy", patience=EPOCHS, restore_best_weights=True)
lrs = []
with tf.device(device):
    history = model.fit(
        x_train,
        y_train,
        batch_size=BATCH,
        epochs=EPOCHS,
        validation_data=(x_val, y_val),
        callbacks=[EpochLog(), best],
        verbose=0,
    )

# %% [markdown]
# ## 5. One look at the test set
#
# `EarlyStopping` has already put the best epoch's weights back, so the model can be
# evaluated on the test set right away, for the first and only time. Its accuracy is the
# figure to report.

# %%
with tf.device(device):
    test_accuracy = model.evaluate(x_test, y_test, verbose=0)[1]
epochs_run = len(history.history["loss"])
best_epoch = best.best_epoch + 1  # Keras counts epochs from 0
print(f"best epoch {best_epoch} of {epochs_run} | test accuracy {test_accuracy:.4f}")

# %% [markdown]
# ## 6. The training curve
#
# `history.history` holds one value per epoch for each metric. The left plot is the
# training loss, the right one the validation accuracy, and the dotted line marks the epoch
# whose weights were kept. Loss falls fast at first and then flattens as the learning rate
# shrinks. Validation accuracy levels off long before the last epoch. Epochs after
# that point cost time without helping, which is what a smaller `patience` would save.

# %%
epochs = range(1, epochs_run + 1)
fig, (left, right) = plt.subplots(1, 2, figsize=(9, 3.2), layout="constrained")
left.plot(epochs, history.history["loss"], marker="o")
left.set(title="Training loss", xlabel="epoch", ylabel="cross-entropy", yscale="log")
right.plot(epochs, history.history["val_accuracy"], marker="o", color="tab:green")
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
# `predict` returns the logits as a NumPy array; the largest one is the predicted digit.

# %%
with tf.device(device):
    predicted = model.predict(x_test, verbose=0).argmax(1)
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
# - **Compile with XLA.** Pass `jit_compile=True` to `model.compile` and time an epoch
#   before and after; [Compilation](../compilation.md) explains what a compiler records and
#   when it retraces. On a model this small, expect little difference.
# - **Drop the schedule.** Give Adam a fixed learning rate of 0.005 and train again: the
#   loss curve gets noisier near the end, and the best epoch moves.
# - **Stop early.** Set `patience=5` so `fit` stops once validation accuracy has not
#   improved for five epochs, and compare the test accuracy with the full run.
# - **Use the pixels as an image.** Add `keras.layers.Reshape((8, 8, 1))` and a `Conv2D`
#   layer in front; [Layers and models](../layers.md) shows how models are built in each
#   framework.
# - **Save the model** with `model.save("digits.keras")` and load it in a fresh process, as
#   in [Saving and loading](../saving.md).
# - **Switch the backend.** This code uses only Keras APIs apart from `tf.device`, so with
#   `KERAS_BACKEND="jax"` most of it runs unchanged; [Keras 3](../keras.md) says what carries
#   over.
# - **Read the same steps in [PyTorch](digits_pytorch.ipynb) or [JAX](digits_jax.ipynb)**,
#   where you write the training loop yourself.
