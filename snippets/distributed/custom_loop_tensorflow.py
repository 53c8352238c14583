import os

os.environ["KERAS_BACKEND"] = "tensorflow"

import keras
import numpy as np
import tensorflow as tf

REPLICAS, BATCH, LR, EPOCHS = 2, 16, 0.1, 2  # global batch 16: 8 per replica
gpus = tf.config.list_physical_devices("GPU")
if len(gpus) < REPLICAS:  # split the CPU into 2 logical devices, before TF initialises them
    tf.config.set_logical_device_configuration(
        tf.config.list_physical_devices("CPU")[0], [tf.config.LogicalDeviceConfiguration()] * 2
    )
kind = "GPU" if len(gpus) >= REPLICAS else "CPU"
mirrored = tf.distribute.MirroredStrategy([d.name for d in tf.config.list_logical_devices(kind)])

rng = np.random.default_rng(0)
X = rng.standard_normal((32, 4), dtype=np.float32)
Y = X @ np.array([[1.0], [-2.0], [0.5], [3.0]], dtype=np.float32) + 0.5
W0 = 0.1 * rng.standard_normal((4, 1), dtype=np.float32)


def train(strategy):  # the same code runs under any strategy, or the default (one device)
    with strategy.scope():
        model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(1)])
        model.set_weights([W0, np.zeros(1, np.float32)])
        opt = keras.optimizers.SGD(LR)

    def replica_step(x, y):  # runs once per replica on its 8 rows
        with tf.GradientTape() as tape:
            per_example = tf.reduce_mean(tf.square(model(x) - y), axis=1)
            loss = tf.nn.compute_average_loss(per_example, global_batch_size=BATCH)
        grads = tape.gradient(loss, model.trainable_variables)
        # the Keras optimizer all-reduces (sums) the gradients over replicas, then applies them
        opt.apply_gradients(zip(grads, model.trainable_variables, strict=True))
        return loss

    @tf.function
    def step(batch):
        per_replica = strategy.run(replica_step, args=batch)
        return strategy.reduce(tf.distribute.ReduceOp.SUM, per_replica, axis=None)

    ds = tf.data.Dataset.from_tensor_slices((X, Y)).batch(BATCH)
    dist_ds = strategy.experimental_distribute_dataset(ds)  # each global batch split in 2
    losses = [step(batch).numpy() for _ in range(EPOCHS) for batch in dist_ds]
    return model, np.array(losses, np.float32)


model, losses = train(mirrored)
single = np.concatenate([w.ravel() for w in train(tf.distribute.get_strategy())[0].get_weights()])

kernel = mirrored.experimental_local_results(model.weights[0].value)  # one copy per replica
final_params = np.concatenate([w.ravel() for w in model.get_weights()])  # weights then bias
replica_max_diff = float(np.abs(kernel[0].numpy() - kernel[1].numpy()).max())
vs_single_device = float(np.abs(final_params - single).max())
print("replicas:", mirrored.num_replicas_in_sync, "on", [v.device[-5:] for v in kernel])
print("device:", kind.lower())
print("loss per step:", losses.round(4))
print("final params:", final_params.round(4))
print("replica max diff:", replica_max_diff)
print("same as one device (within 1e-5):", vs_single_device <= 1e-5)
