"""Runs every workload for one framework in this process and prints JSON to stdout.

Started by `python -m rosetta bench` once per framework, so imports and thread pools of one
framework never disturb another's measurements.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time

import numpy as np

from rosetta.bench.workloads import COMPILER, GLUE, MODES, WORKLOADS

PASSES = 3  # each case is sampled once per pass, so its samples span the whole sweep
# Per pass: (at least this many calls, at least this many seconds, at most this many calls).
FULL_PASS = (1, 0.1, 6)
SMOKE_PASS = (1, 0.0, 1)


def sampling_plan(smoke: bool) -> tuple[int, tuple[int, float, int]]:
    """(passes, per-pass budget). Full run, per round: at least 3 samples and 0.3 s per case,
    at most 18."""
    return (1, SMOKE_PASS) if smoke else (PASSES, FULL_PASS)


REFERENCE_CALLS = 5  # per probe; a probe opens and closes every pass


def machine_reference():
    """A fixed NumPy and pure-Python computation: how fast this machine is at the moment.

    It is timed at the start and end of every pass in every framework's process, and each
    case's samples are also reported relative to it. A shared VM speeds up and slows down
    for minutes at a time; relative figures cancel that out, so two runs can be compared
    even when the machine was faster during one of them. It mixes what the workloads use:
    BLAS on every core, memory-bound elementwise work and the Python interpreter.
    """
    rng = np.random.default_rng(0)
    matrix = rng.standard_normal((256, 256)).astype(np.float32)
    vector = rng.standard_normal(1_000_000).astype(np.float32)

    def run():
        matrix @ matrix
        np.tanh(vector * 2.0 + 1.0)
        total = 0
        for i in range(20_000):
            total += i

    run()
    return run


def probe(reference) -> list[float]:
    timings = []
    sample(reference, timings, REFERENCE_CALLS, 0.0, REFERENCE_CALLS)
    return timings


def prime(run) -> tuple[float, object]:
    """Times the first call (tracing and compilation), then warms caches and thread pools.
    Returns the first call's time and the warm call's result."""
    start = time.perf_counter()
    run()
    first = time.perf_counter() - start
    return first, run()


def dtypes_and_device(glue, inputs, result) -> dict:
    """What a case computed on and produced, as the framework itself reports it."""
    inputs = [glue.describe(value) for value in inputs]
    result_dtype, result_device = glue.describe(result)
    return {
        "input_dtypes": sorted({dtype for dtype, _ in inputs}),
        "result_dtype": result_dtype,
        "device": sorted({device for _, device in inputs} | {result_device}),
    }


def sample(run, samples: list[float], min_repeats: int, min_seconds: float, max_repeats: int):
    """Appends one pass's timings: at least min_repeats calls and min_seconds, at most max."""
    taken = 0
    begin = time.perf_counter()
    while taken < max_repeats and (
        taken < min_repeats or time.perf_counter() - begin < min_seconds
    ):
        t0 = time.perf_counter()
        run()
        samples.append(time.perf_counter() - t0)
        taken += 1


def thread_settings(framework: str, glue) -> dict:
    settings = {k: os.environ[k] for k in ("OMP_NUM_THREADS", "XLA_FLAGS") if k in os.environ}
    if framework == "pytorch":
        settings["torch_num_threads"] = glue.torch.get_num_threads()
        settings["torch_interop_threads"] = glue.torch.get_num_interop_threads()
    if framework == "tensorflow":
        settings["tf_intra_op"] = glue.tf.config.threading.get_intra_op_parallelism_threads()
        settings["tf_inter_op"] = glue.tf.config.threading.get_inter_op_parallelism_threads()
    return settings


def device_of(framework: str, glue) -> str:
    if framework == "pytorch":
        return glue.device
    if framework == "tensorflow":
        return "gpu" if glue.tf.config.list_physical_devices("GPU") else "cpu"
    if framework == "jax":
        return glue.jax.default_backend()
    return "cpu"


def build_cases(framework: str, glue, smoke: bool, workloads: dict = WORKLOADS) -> list:
    """(record, run, first call seconds, samples, relative samples) for every case, primed."""
    cases = []
    for name, workload in workloads.items():
        for size in workload.smoke_sizes if smoke else workload.sizes:
            for mode in MODES[framework]:
                case = workload.builder(glue, mode, **{workload.parameter: size})
                if case is None:
                    continue
                first, result = prime(case.run)
                record = {
                    "workload": name,
                    workload.parameter: size,
                    "size": size,
                    "mode": mode,
                    **case.extra,
                    **dtypes_and_device(glue, case.inputs, result),
                }
                cases.append((record, case.run, first, [], []))
    return cases


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--framework", required=True, choices=list(GLUE))
    parser.add_argument("--smoke", action="store_true")
    args = parser.parse_args()
    if args.smoke:
        GLUE["pytorch"].backend = "aot_eager"
    glue = GLUE[args.framework]()
    # A case's samples are spread over all passes through all cases: a slow minute on a
    # shared machine lands in every case's spread instead of shifting one case's median.
    passes, per_pass = sampling_plan(args.smoke)
    cases = build_cases(args.framework, glue, args.smoke)
    reference = machine_reference()
    reference_per_pass = []
    for _ in range(passes):
        opening = probe(reference)
        taken = [len(samples) for _record, _run, _first, samples, _relative in cases]
        for _record, run, _first, samples, _relative in cases:
            sample(run, samples, *per_pass)
        speed = statistics.median(opening + probe(reference))
        reference_per_pass.append(speed)
        for (_record, _run, _first, samples, relative), start in zip(cases, taken, strict=True):
            relative.extend(t / speed for t in samples[start:])
    # Raw timings only: `python -m rosetta bench` summarises them once, after pooling rounds.
    results = []
    for record, _run, first, samples, relative in cases:
        timing = {"first_call_s": first, "samples_s": samples, "relative_samples": relative}
        results.append({**record, **timing})
        print(
            f"{args.framework:>10} {record['mode']:>8} {record['workload']} size={record['size']}: "
            f"{statistics.median(samples) * 1e3:.3f} ms",
            file=sys.stderr,
        )
    compiler = COMPILER[args.framework]
    if args.framework == "pytorch":
        compiler += f" (backend={glue.backend})"
    json.dump(
        {
            "framework": args.framework,
            "compiler": compiler,
            "device": device_of(args.framework, glue),
            "threads": thread_settings(args.framework, glue),
            "reference_s": reference_per_pass,
            "results": results,
        },
        sys.stdout,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
