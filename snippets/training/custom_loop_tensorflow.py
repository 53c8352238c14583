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
x_train, x_test, y_train, y_test = train_test_split(
    (images / 16.0).astype("float32"), labels, test_size=0.2, random_state=0, stratify=labels
)
steps_per_epoch = len(x_train) // BATCH  # the last, partial batch is dropped
train_ds = tf.data.Dataset.from_tensor_slices((x_train, y_train)).shuffle(len(x_train), seed=0)
train_ds = train_ds.batch(BATCH, drop_remainder=True)

with tf.device(device):
    model = keras.Sequential(
        [
            keras.Input((64,)),
            keras.layers.Dense(128, activation="relu"),
            keras.layers.Dropout(0.2),
            keras.layers.Dense(10),
        ]
    )
    schedule = keras.optimizers.schedules.CosineDecay(5e-3, EPOCHS * steps_per_epoch)
    optimizer = keras.optimizers.Adam(schedule)
    loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)

    @tf.function  # traced into a graph on the first call, reused while the shapes stay the same
    def train_step(x, y):
        with tf.GradientTape() as tape:
            logits = model(x, training=True)  # dropout on
            loss = loss_fn(y, logits)
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables, strict=True))
        return loss, tf.reduce_sum(tf.cast(tf.argmax(logits, axis=1) == y, tf.int32))

    for epoch in range(1, EPOCHS + 1):
        total, correct = 0.0, 0
        for xb, yb in train_ds:
            loss, hits = train_step(xb, yb)
            total, correct = total + float(loss) * BATCH, correct + int(hits)
        if epoch % 5 == 0:
            n = steps_per_epoch * BATCH
            print(f"epoch {epoch:2d}  loss {total / n:.4f}  train_acc {correct / n:.4f}")

    logits = model(x_test, training=False)
    test_accuracy = float(tf.reduce_mean(tf.cast(tf.argmax(logits, axis=1) == y_test, tf.float32)))
steps = int(optimizer.iterations)
print(
    f"optimizer steps {steps} | test accuracy {test_accuracy:.4f} | device: {device[1:4].lower()}"
)
