import glob
import gzip
import json
import tempfile

import jax
import jax.numpy as jnp


@jax.jit
def step(x):
    return jax.nn.relu(x @ x).sum()


x = (jnp.arange(64.0).reshape(8, 8) % 5) - 2
step(x).block_until_ready()  # warm up (trace and compile) outside the profile
with tempfile.TemporaryDirectory() as logdir:
    with jax.profiler.trace(logdir):
        with jax.profiler.TraceAnnotation("my_step"):  # a named range
            result = step(x).block_until_ready()
    xplane = glob.glob(f"{logdir}/plugins/profile/*/*.xplane.pb")  # <run>/<host>.xplane.pb
    traces = glob.glob(f"{logdir}/plugins/profile/*/*.trace.json.gz")  # Chrome trace format
    print("written:", len(xplane), "xplane.pb,", len(traces), "trace.json.gz")
    with gzip.open(traces[0]) as f:
        events = json.load(f)["traceEvents"]

names = {event.get("name") for event in events}
print("'my_step' recorded:", "my_step" in names, "| jitted step:", "PjitFunction(step)" in names)
print("result:", result, "| device:", jax.default_backend())
