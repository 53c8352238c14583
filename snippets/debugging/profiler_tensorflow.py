import glob
import tempfile

import tensorflow as tf
from tensorflow.tsl.profiler.protobuf import xplane_pb2  # ships inside the TF wheel

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"


@tf.function
def step(x):
    return tf.reduce_sum(tf.nn.relu(x @ x))


with tf.device(device):
    x = tf.reshape(tf.range(64.0) % 5 - 2, (8, 8))
    step(x)  # warm up (trace) outside the profile
    with tempfile.TemporaryDirectory() as logdir:
        tf.profiler.experimental.start(logdir)
        with tf.profiler.experimental.Trace("my_step", step_num=1):  # a named range
            result = step(x)
        tf.profiler.experimental.stop()
        xplane = glob.glob(f"{logdir}/plugins/profile/*/*.xplane.pb")  # <run>/<host>.xplane.pb
        print("written:", len(xplane), "xplane.pb")
        with open(xplane[0], "rb") as f:
            space = xplane_pb2.XSpace.FromString(f.read())

names = {m.name for plane in space.planes for m in plane.event_metadata.values()}
print("'my_step' recorded:", "my_step" in names, "| MatMul op recorded:", "matmul:MatMul" in names)
print("result:", result.numpy(), "| device:", result.device.rsplit(":", 2)[-2].lower())
