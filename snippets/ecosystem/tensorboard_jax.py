import tempfile

import jax
import jax.numpy as jnp
from tensorboard.backend.event_processing.plugin_event_accumulator import EventAccumulator
from tensorboard.summary import Writer  # the tensorboard package's own, framework-free writer
from tensorboard.util.tensor_util import make_ndarray


def loss_fn(w):
    return (w - 3.0) ** 2


w = jnp.zeros(())

with tempfile.TemporaryDirectory() as logdir:
    writer = Writer(logdir)
    for step in range(5):
        loss, grad = jax.value_and_grad(loss_fn)(w)
        writer.add_scalar("train/loss", float(loss), step)
        w = w - 0.25 * grad
    writer.close()

    events = EventAccumulator(logdir)
    events.Reload()
    points = events.Tensors("train/loss")  # TensorEvent(wall_time, step, tensor_proto)
    recovered = [(p.step, make_ndarray(p.tensor_proto).item()) for p in points]

print("device:", jax.default_backend())
for step, value in recovered:
    print(f"step {step}: loss {value:.6f}")
