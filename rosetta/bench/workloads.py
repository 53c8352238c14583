"""Benchmark workloads, one implementation per framework and mode.

Each workload builder returns a `Case`: a zero-argument callable that runs one repetition,
blocks until the result is ready (the synchronisation is part of the callable, so
asynchronous dispatch cannot flatter a framework) and returns that result, plus the
floating-point inputs it computes on. The harness records the dtype and device of both, so
a comparison that runs float64 in one framework and float32 in another cannot pass unseen.
Builders take the size parameter as a keyword.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

FRAMEWORKS = ("numpy", "pytorch", "tensorflow", "jax")
MODES = {
    "numpy": ("eager",),
    "pytorch": ("eager", "compiled"),
    "tensorflow": ("eager", "compiled"),
    "jax": ("eager", "compiled"),
}
COMPILER = {
    "pytorch": "torch.compile",
    "tensorflow": "tf.function(jit_compile=True)",
    "jax": "jax.jit",
    "numpy": "none",
}


def _data(*shape, seed=0, scale=1.0):
    """Standard normal float32 data. The scale is applied before the cast: a float32 array
    divided by a NumPy float64 scalar such as np.sqrt(n) is float64 under NumPy 2's rules."""
    return (np.random.default_rng(seed).standard_normal(shape) * scale).astype(np.float32)


@dataclass
class Case:
    """One workload built for one framework and mode."""

    run: Callable[[], Any]  # one repetition; returns the synchronised result
    inputs: tuple  # the framework arrays it computes on (floating point; labels excluded)
    extra: dict = field(default_factory=dict)  # e.g. {"flops": ...}, recorded as is


# ----------------------------------------------------------------------------- framework glue


class Torch:
    # The smoke run swaps Inductor (about 25 s per new graph here) for aot_eager, which
    # still exercises graph capture and autograd tracing; the full run uses the default.
    backend = "inductor"

    def __init__(self):
        import torch

        self.torch = torch
        self.device = "cuda" if torch.cuda.is_available() else "cpu"

    def array(self, a):
        return self.torch.from_numpy(a).to(self.device)

    def compile(self, fn, mode):
        return self.torch.compile(fn, backend=self.backend) if mode == "compiled" else fn

    def sync(self, out):
        if self.device == "cuda":
            self.torch.cuda.synchronize()
        return out

    def ops(self):
        t = self.torch
        return {"sin": t.sin, "exp": t.exp, "tanh": t.tanh, "sum": t.sum, "relu": t.relu}

    def describe(self, value) -> tuple[str, str]:
        return str(value.dtype).removeprefix("torch."), value.device.type


class TensorFlow:
    def __init__(self):
        import tensorflow as tf

        self.tf = tf

    def array(self, a):
        return self.tf.constant(a)

    def compile(self, fn, mode):
        return self.tf.function(fn, jit_compile=True) if mode == "compiled" else fn

    def sync(self, out):
        # .numpy() waits for the device; results here are small or reduced first.
        for leaf in self.tf.nest.flatten(out):
            leaf.numpy()
        return out

    def ops(self):
        tf = self.tf
        return {
            "sin": tf.sin,
            "exp": tf.exp,
            "tanh": tf.tanh,
            "sum": tf.reduce_sum,
            "relu": tf.nn.relu,
        }

    def describe(self, value) -> tuple[str, str]:
        # "/job:localhost/replica:0/task:0/device:CPU:0" -> "cpu"
        return value.dtype.name, value.device.rsplit("device:", 1)[-1].split(":")[0].lower()


class Jax:
    def __init__(self):
        import jax
        import jax.numpy as jnp

        self.jax, self.jnp = jax, jnp

    def array(self, a):
        return self.jnp.asarray(a)

    def compile(self, fn, mode):
        return self.jax.jit(fn) if mode == "compiled" else fn

    def sync(self, out):
        return self.jax.block_until_ready(out)

    def ops(self):
        jnp = self.jnp
        return {
            "sin": jnp.sin,
            "exp": jnp.exp,
            "tanh": jnp.tanh,
            "sum": jnp.sum,
            "relu": self.jax.nn.relu,
        }

    def describe(self, value) -> tuple[str, str]:
        if isinstance(value, np.ndarray):  # Grain's batches are NumPy, in host memory
            return str(value.dtype), "cpu"
        return str(value.dtype), next(iter(value.devices())).platform


class NumPy:
    def array(self, a):
        return a

    def compile(self, fn, mode):
        return fn

    def sync(self, out):
        return out

    def ops(self):
        return {
            "sin": np.sin,
            "exp": np.exp,
            "tanh": np.tanh,
            "sum": np.sum,
            "relu": lambda x: np.maximum(x, 0),
        }

    def describe(self, value) -> tuple[str, str]:
        return str(np.asarray(value).dtype), "cpu"


GLUE = {"pytorch": Torch, "tensorflow": TensorFlow, "jax": Jax, "numpy": NumPy}


# ----------------------------------------------------------------------------- workloads


def matrix_powers(fw, mode, n):
    """The seed article's x + x@x + x@x@x. Eagerly that is three matrix products; a compiler
    that sees the whole expression may compute x@x once, so no FLOP count is recorded."""
    x = fw.array(_data(n, n, scale=1 / np.sqrt(n)))
    fn = fw.compile(lambda x: x + x @ x + x @ x @ x, mode)
    return Case(lambda: fw.sync(fn(x)), (x,))


def matmul(fw, mode, n):
    a, b = fw.array(_data(n, n)), fw.array(_data(n, n, seed=1))
    fn = fw.compile(lambda a, b: a @ b, mode)
    return Case(lambda: fw.sync(fn(a, b)), (a, b), {"flops": 2 * n**3})


def elementwise_chain(fw, mode, n):
    """Memory-bound: eager runs one kernel per op, a compiler can fuse them into one."""
    ops = fw.ops()
    x = fw.array(_data(n))

    def chain(x):
        return ops["sum"](ops["sin"](x) * ops["exp"](-x * x) + ops["tanh"](x) * 0.5 + x * x)

    fn = fw.compile(chain, mode)
    return Case(lambda: fw.sync(fn(x)), (x,))


def dispatch(fw, mode, n):
    """Python-loop overhead: n tiny additions on a 4-element array."""
    x = fw.array(_data(4))
    add = fw.compile(lambda x: x + 1.0, mode)

    def loop():
        y = x
        for _ in range(n):
            y = add(y)
        return fw.sync(y)

    return Case(loop, (x,))


def mlp_train_step(fw, mode, batch):
    """One SGD step of a 64-128-10 MLP on a digits-sized batch, forward and backward."""
    name = type(fw).__name__
    if name == "NumPy":
        return None
    x = _data(batch, 64)
    y = np.random.default_rng(2).integers(0, 10, batch)
    w1, w2 = _data(64, 128, seed=3, scale=0.1), _data(128, 10, seed=4, scale=0.1)
    if name == "Torch":
        torch = fw.torch
        p1 = torch.nn.Parameter(fw.array(w1))
        p2 = torch.nn.Parameter(fw.array(w2))
        xt, yt = fw.array(x), torch.from_numpy(y).to(fw.device)

        def step(xt, yt):
            loss = torch.nn.functional.cross_entropy(torch.relu(xt @ p1) @ p2, yt)
            g1, g2 = torch.autograd.grad(loss, (p1, p2))
            with torch.no_grad():
                p1.sub_(0.01 * g1)
                p2.sub_(0.01 * g2)
            return loss

        fn = fw.compile(step, mode)

        def run():
            loss = fn(xt, yt)
            loss.item()  # waits for the step on any device
            return fw.sync(loss)

        return Case(run, (xt, p1, p2), {"samples": batch})
    if name == "TensorFlow":
        tf = fw.tf
        v1, v2 = tf.Variable(w1), tf.Variable(w2)
        xt, yt = tf.constant(x), tf.constant(y)

        def step(xt, yt):
            with tf.GradientTape() as tape:
                logits = tf.nn.relu(xt @ v1) @ v2
                loss = tf.reduce_mean(
                    tf.nn.sparse_softmax_cross_entropy_with_logits(labels=yt, logits=logits)
                )
            g1, g2 = tape.gradient(loss, [v1, v2])
            v1.assign_sub(0.01 * g1)
            v2.assign_sub(0.01 * g2)
            return loss

        fn = fw.compile(step, mode)
        return Case(lambda: fw.sync(fn(xt, yt)), (xt, v1, v2), {"samples": batch})
    jax, jnp = fw.jax, fw.jnp
    params = (jnp.asarray(w1), jnp.asarray(w2))
    xt, yt = jnp.asarray(x), jnp.asarray(y)

    def loss_fn(params, xt, yt):
        logits = jax.nn.relu(xt @ params[0]) @ params[1]
        return -jnp.mean(jnp.take_along_axis(jax.nn.log_softmax(logits), yt[:, None], 1))

    def step(params, xt, yt):
        loss, grads = jax.value_and_grad(loss_fn)(params, xt, yt)
        return loss, tuple(p - 0.01 * g for p, g in zip(params, grads, strict=True))

    fn = fw.compile(step, mode)
    state = {"params": params}

    def run():
        loss, state["params"] = fn(state["params"], xt, yt)
        return fw.sync(loss)

    return Case(run, (xt, *params), {"samples": batch})


def conv_fwd_bwd(fw, mode, batch):
    """3x3 convolution, 16 -> 32 channels on 32x32 images: forward and weight gradient."""
    name = type(fw).__name__
    if name == "NumPy":
        return None
    x_nhwc, w_hwio = _data(batch, 32, 32, 16), _data(3, 3, 16, 32, seed=1, scale=0.1)
    if name == "Torch":
        torch = fw.torch
        x = fw.array(np.ascontiguousarray(x_nhwc.transpose(0, 3, 1, 2)))
        w = torch.nn.Parameter(fw.array(np.ascontiguousarray(w_hwio.transpose(3, 2, 0, 1))))

        def step(x):
            out = torch.nn.functional.conv2d(x, w, padding=1)
            return torch.autograd.grad(out.square().mean(), w)[0]

        fn = fw.compile(step, mode)

        def run():
            total = fn(x).sum()
            total.item()
            return fw.sync(total)

        return Case(run, (x, w), {"samples": batch})
    if name == "TensorFlow":
        tf = fw.tf
        x, w = tf.constant(x_nhwc), tf.Variable(w_hwio)

        def step(x):
            with tf.GradientTape() as tape:
                out = tf.nn.conv2d(x, w, strides=1, padding="SAME")
                loss = tf.reduce_mean(tf.square(out))
            return tf.reduce_sum(tape.gradient(loss, w))

        fn = fw.compile(step, mode)
        return Case(lambda: fw.sync(fn(x)), (x, w), {"samples": batch})
    jax, jnp = fw.jax, fw.jnp
    x, w = jnp.asarray(x_nhwc), jnp.asarray(w_hwio)

    def loss_fn(w, x):
        out = jax.lax.conv_general_dilated(
            x, w, (1, 1), "SAME", dimension_numbers=("NHWC", "HWIO", "NHWC")
        )
        return jnp.mean(out**2)

    fn = fw.compile(lambda x: jnp.sum(jax.grad(loss_fn)(w, x)), mode)
    return Case(lambda: fw.sync(fn(x)), (x, w), {"samples": batch})


def data_pipeline(fw, mode, samples):
    """One epoch over in-memory arrays: normalise, shuffle, batch 64 (DataLoader/tf.data/Grain).

    The result is the epoch's last batch of features, so its dtype is the one the pipeline
    hands to a model."""
    name = type(fw).__name__
    if mode != "eager" or name == "NumPy":
        return None
    features = _data(samples, 64)
    labels = np.random.default_rng(1).integers(0, 10, samples)
    if name == "Torch":
        import torch
        from torch.utils.data import DataLoader, TensorDataset

        source = torch.from_numpy(features)
        dataset = TensorDataset(source, torch.from_numpy(labels))
        loader = DataLoader(
            dataset, batch_size=64, shuffle=True, generator=torch.Generator().manual_seed(0)
        )

        def epoch():
            for xb, _ in loader:
                xb = xb * 0.5
                float(xb.sum())
            return xb

        return Case(epoch, (source,), {"samples": samples})
    if name == "TensorFlow":
        tf = fw.tf
        source = tf.constant(features)
        dataset = (
            tf.data.Dataset.from_tensor_slices((source, labels))
            .shuffle(samples, seed=0)
            .batch(64)
            .map(lambda x, y: (x * 0.5, y), num_parallel_calls=tf.data.AUTOTUNE)
            .prefetch(tf.data.AUTOTUNE)
        )

        def epoch():
            for xb, _ in dataset:
                float(tf.reduce_sum(xb))
            return xb

        return Case(epoch, (source,), {"samples": samples})
    import grain

    dataset = (
        grain.MapDataset.source(list(range(samples)))
        .shuffle(seed=0)
        .map(lambda i: (features[i] * 0.5, labels[i]))
        .batch(64)
    )

    def epoch():
        for xb, _ in dataset:
            float(xb.sum())
        return xb

    # Grain hands NumPy arrays to the model: the input and result are NumPy here.
    return Case(epoch, (features,), {"samples": samples})


@dataclass(frozen=True)
class Workload:
    builder: Callable
    parameter: str  # the size parameter's name
    sizes: tuple  # full run
    smoke_sizes: tuple  # the suite's smoke run
    title: str  # section title on the benchmarks page
    description: str  # what the figure means
    # Why this workload runs different dtypes in different frameworks on purpose; the
    # harness refuses to write results where they differ and this is None.
    mixed_dtypes: str | None = None


WORKLOADS = {
    "matrix_powers": Workload(
        matrix_powers, "n", (256, 2000), (64,), "Matrix powers", "x + x@x + x@x@x, float32"
    ),
    "matmul": Workload(matmul, "n", (2048,), (64,), "Matrix product", "a @ b, float32"),
    "elementwise_chain": Workload(
        elementwise_chain,
        "n",
        (2_000_000,),
        (1000,),
        "Element-wise chain",
        "sin, exp, tanh, products and a sum over n float32 elements",
    ),
    "dispatch": Workload(
        dispatch,
        "n",
        (1000,),
        (10,),
        "Dispatch overhead",
        "n tiny float32 additions from a Python loop",
    ),
    "mlp_train_step": Workload(
        mlp_train_step,
        "batch",
        (128,),
        (8,),
        "MLP training step",
        "one SGD step of a 64-128-10 MLP, float32",
    ),
    "conv_fwd_bwd": Workload(
        conv_fwd_bwd,
        "batch",
        (32,),
        (2,),
        "Convolution, forward and backward",
        "3x3 conv 16->32 channels on 32x32, forward + weight gradient, float32",
    ),
    "data_pipeline": Workload(
        data_pipeline,
        "samples",
        (10_000,),
        (256,),
        "Input pipeline",
        "one epoch: shuffle, batch 64, scale (DataLoader / tf.data / Grain), float32",
    ),
}
