import tempfile

import tensorflow as tf
from tensorboard.backend.event_processing.plugin_event_accumulator import EventAccumulator
from tensorboard.util.tensor_util import make_ndarray

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"

with tempfile.TemporaryDirectory() as logdir:
    writer = tf.summary.create_file_writer(logdir)
    with tf.device(device), writer.as_default():
        w = tf.Variable(0.0)
        for step in range(5):
            with tf.GradientTape() as tape:
                loss = (w - 3.0) ** 2
            tf.summary.scalar("train/loss", loss, step=step)
            w.assign_sub(0.25 * tape.gradient(loss, w))
    writer.close()

    events = EventAccumulator(logdir)
    events.Reload()
    points = events.Tensors("train/loss")  # TensorEvent(wall_time, step, tensor_proto)
    recovered = [(p.step, make_ndarray(p.tensor_proto).item()) for p in points]

print("device:", w.device.rsplit(":", 2)[-2].lower())
for step, value in recovered:
    print(f"step {step}: loss {value:.6f}")
