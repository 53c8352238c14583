import math
import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import tensorflow as tf
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

keras.utils.set_random_seed(0)
device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
EPOCHS, BATCH = 20, 64

images, labels = load_digits(return_X_y=True)
x, x_test, y, y_test = train_test_split(
    (images / 16.0).astype("float32"), labels, test_size=0.2, random_state=0, stratify=labels
)
x_train, x_val, y_train, y_val = train_test_split(x, y, test_size=0.2, random_state=0, stratify=y)
split_sizes = (len(x_train), len(x_val), len(x_test))
steps_per_epoch = math.ceil(len(x_train) / BATCH)


class EpochLog(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs):
        lrs.append(float(self.model.optimizer.learning_rate))
        train_loss, val_acc = logs["loss"], logs["val_accuracy"]
        print(
            f"epoch {epoch + 1:2d}  lr {lrs[-1]:.2e}  loss {train_loss:.4f}  val_acc {val_acc:.4f}"
        )


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
    print(
        "train/val/test:", split_sizes, "| parameters:", n_params, "| device:", device[1:4].lower()
    )
    # patience=EPOCHS: never stop early, only restore the best epoch's weights at the end
    best = keras.callbacks.EarlyStopping("val_accuracy", patience=EPOCHS, restore_best_weights=True)
    lrs = []
    history = model.fit(
        x_train,
        y_train,
        batch_size=BATCH,
        epochs=EPOCHS,
        validation_data=(x_val, y_val),
        callbacks=[EpochLog(), best],
        verbose=0,
    )
    test_accuracy = model.evaluate(x_test, y_test, verbose=0)[1]

epochs_run = len(history.history["loss"])
print(f"best epoch {best.best_epoch + 1} of {epochs_run} | test accuracy {test_accuracy:.4f}")
