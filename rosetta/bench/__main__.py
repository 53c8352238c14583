"""`make bench`: every workload x framework x mode, one process per framework; JSON + plots.

python -m rosetta bench               full run, writes docs/assets/benchmarks/<device>.json
                                    and its plots (about 5-10 minutes on 2 CPU cores)
python -m rosetta bench --smoke --out DIR   tiny sizes, one repeat (used by the test suite)
python -m rosetta bench --repeat      a second full run, written as <device>-repeat.json;
                                    the benchmarks page shows how closely the two agree
python -m rosetta bench --compare A.json B.json   is each median inside the other run's IQR?
"""

from __future__ import annotations

import argparse
import concurrent.futures
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rosetta.bench.agreement import agreement
from rosetta.bench.run_one import REFERENCE_CALLS, sampling_plan
from rosetta.bench.workloads import WORKLOADS
from rosetta.harness import REPO, SNIPPET_ENV, installed_versions

RESULTS_DIR = REPO / "docs" / "assets" / "benchmarks"
FRAMEWORK_ORDER = ("numpy", "pytorch", "tensorflow", "jax")


def machine() -> dict:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    gpu = None
    try:
        out = subprocess.run(
            ["nvidia-smi", "--query-gpu=name", "--format=csv,noheader"],
            capture_output=True,
            text=True,
            timeout=20,
        )
        gpu = out.stdout.strip() or None if out.returncode == 0 else None
    except (OSError, subprocess.TimeoutExpired):
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "gpu": gpu,
        "os": platform.platform(),
        "python": platform.python_version(),
    }


# Compilation caches on disk that would turn a "first call" into a cache load. The test
# suite sets some of them (rosetta/harness.py SNIPPET_ENV) to save minutes; a benchmark must not
# inherit them. TensorFlow keeps no XLA cache on disk unless TF_XLA_FLAGS asks for one.
PERSISTENT_CACHE_VARIABLES = (
    "JAX_COMPILATION_CACHE_DIR",
    "JAX_PERSISTENT_CACHE_MIN_COMPILE_TIME_SECS",
    "JAX_PERSISTENT_CACHE_MIN_ENTRY_SIZE_BYTES",
    "JAX_COMPILATION_CACHE_MAX_SIZE",
    "TORCHINDUCTOR_CACHE_DIR",
    "TRITON_CACHE_DIR",
    "TF_XLA_FLAGS",
)


def benchmark_env(compile_cache: Path) -> dict[str, str]:
    """The snippets' environment, with every compilation cache in `compile_cache`.

    A new, empty `compile_cache` makes the first round's first calls cold compiles, which is
    what the page reports; later rounds reuse it (only their steady state is used).
    """
    env = dict(os.environ, **SNIPPET_ENV)
    for name in PERSISTENT_CACHE_VARIABLES:
        env.pop(name, None)
    env["TORCHINDUCTOR_CACHE_DIR"] = str(compile_cache / "torchinductor")
    env["TRITON_CACHE_DIR"] = str(compile_cache / "triton")
    return env


def run_framework(framework: str, smoke: bool, compile_cache: Path) -> dict:
    env = benchmark_env(compile_cache)
    command = [sys.executable, "-m", "rosetta.bench.run_one", "--framework", framework]
    if smoke:
        command.append("--smoke")
    proc = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=1200)
    if proc.returncode != 0:
        raise RuntimeError(f"benchmarks for {framework} failed:\n{proc.stderr[-4000:]}")
    sys.stderr.write(proc.stderr)
    return json.loads(proc.stdout)


def _quartiles(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)
    quartiles = statistics.quantiles(ordered, n=4) if len(ordered) >= 2 else ordered * 3
    return quartiles[0], statistics.median(ordered), quartiles[-1]


def summarise(samples: list[float], relative: list[float]) -> dict:
    """Median and interquartile range of timing samples, in seconds and relative to the
    machine reference timed in the same pass."""
    p25, median, p75 = _quartiles(samples)
    r25, rmedian, r75 = _quartiles(relative)
    return {
        "median_s": median,
        "p25_s": p25,
        "p75_s": p75,
        "min_s": min(samples),
        "repeats": len(samples),
        "relative": {"median": rmedian, "p25": r25, "p75": r75},
    }


def pool_rounds(rounds: list[list[dict]]) -> list[dict]:
    """Pools the timing samples of whole sweeps run one after another, and summarises them
    (the smoke run's single sweep too): median, spread and compile time per case.

    The spread within one sweep only sees a few seconds of one process; the machine drifts
    over minutes (a shared VM's BLAS matmul moved by 29% between two runs). Pooling sweeps
    taken minutes apart makes the reported IQR include that drift. Compile and first-call
    times come from the first sweep, where they were cold.
    """
    pooled = []
    for framework_rounds in zip(*rounds, strict=True):
        first = framework_rounds[0]
        results = []
        for cases in zip(*(r["results"] for r in framework_rounds), strict=True):
            samples = [t for case in cases for t in case["samples_s"]]
            relative = [t for case in cases for t in case["relative_samples"]]
            merged = {**cases[0], **summarise(samples, relative), "rounds": len(cases)}
            merged["compile_s"] = max(cases[0]["first_call_s"] - merged["median_s"], 0.0)
            del merged["samples_s"], merged["relative_samples"]
            results.append(merged)
        reference = [t for r in framework_rounds for t in r["reference_s"]]
        pooled.append({**first, "reference_s": reference, "results": results})
    return pooled


class MixedDtypes(Exception):
    """Frameworks ran one workload in different dtypes, and the workload does not say why."""


def check_dtypes(frameworks: list[dict], workloads: dict = WORKLOADS) -> None:
    """Refuses results where one workload and size ran different dtypes across frameworks.

    A float64 NumPy against a float32 JAX measures the dtype, not the framework. A workload
    that compares dtypes on purpose declares it with `mixed_dtypes="why"`.
    """
    seen: dict[tuple, dict[str, tuple]] = {}
    for framework in frameworks:
        for row in framework["results"]:
            dtypes = (tuple(row["input_dtypes"]), row["result_dtype"])
            key = (row["workload"], row["size"])
            seen.setdefault(key, {})[f"{framework['framework']} {row['mode']}"] = dtypes
    problems = []
    for (workload, size), by_framework in seen.items():
        if len(set(by_framework.values())) > 1 and not workloads[workload].mixed_dtypes:
            ran = "; ".join(
                f"{who}: inputs {', '.join(inputs)} -> result {result}"
                for who, (inputs, result) in by_framework.items()
            )
            problems.append(f"  {workload} (size {size}): {ran}")
    if problems:
        raise MixedDtypes(
            "The frameworks ran these workloads in different dtypes, so their timings are "
            "not comparable:\n"
            + "\n".join(problems)
            + "\nFix the inputs in rosetta/bench/workloads.py so every framework gets the same "
            "dtype (for example, build arrays with _data(..., scale=...), which casts last), "
            "or, for a deliberate dtype comparison, declare the workload with "
            'mixed_dtypes="why". Nothing was written.'
        )


def compare(first: Path, second: Path) -> int:
    """Prints how closely two full runs agree: is each median inside the other's IQR?"""
    report = agreement(*(json.loads(p.read_text()) for p in (first, second)))
    for case in report["cases"]:
        print(
            f"{case['case']:45s} {case['first_s'] * 1e3:10.3f} ms {case['second_s'] * 1e3:10.3f} ms"
            f"  {case['difference']:6.1%}  {'inside' if case['inside'] else 'OUTSIDE'}"
        )
    print(
        f"\n{report['inside']} of {report['shared']} medians lie inside the other run's "
        f"interquartile range; relative difference of medians: median "
        f"{report['median_difference']:.1%}, largest {report['largest_difference']:.1%}.\n"
        f"The second run took {report['machine_factor']:.3f}x the first's time (median over "
        f"all cases); with that one machine-wide factor divided out, "
        f"{report['inside_after_factor']} of {report['shared']} lie inside."
    )
    if report["inside_relative"] is not None:
        factors = ", ".join(f"{fw} {f:.3f}x" for fw, f in report["reference_factor"].items())
        print(
            f"The machine reference took {factors} its first-run time. Relative to it, "
            f"{report['inside_relative']} of {report['shared']} medians lie inside."
        )
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rosetta bench")
    parser.add_argument(
        "--compare",
        nargs=2,
        type=Path,
        metavar=("RUN_A.json", "RUN_B.json"),
        help="report how closely two runs agree, then exit",
    )
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, one repeat")
    parser.add_argument("--out", type=Path, default=RESULTS_DIR)
    parser.add_argument("--no-plots", action="store_true")
    parser.add_argument(
        "--repeat",
        action="store_true",
        help="a second full run, written as <device>-repeat.json beside the committed one "
        "(no plots); the benchmarks page reports how closely the two agree",
    )
    parser.add_argument(
        "--rounds", type=int, default=4, help="whole sweeps, pooled (default 4; smoke: 1)"
    )
    parser.add_argument(
        "--replot",
        type=Path,
        metavar="RESULT.json",
        help="redraw the plots from a recorded run, then exit (no timing)",
    )
    args = parser.parse_args(argv)
    if args.compare:
        return compare(*args.compare)
    if args.replot:
        from rosetta.bench.plots import plot_all

        recorded = args.replot.resolve()
        result = json.loads(recorded.read_text())
        device = recorded.stem.split("-")[0]
        for written in plot_all(result, recorded.parent, device):
            print(f"wrote {written.relative_to(REPO)}")
        return 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="rosetta-bench-cache-") as cache:
        if args.smoke:  # correctness only: two frameworks at a time on two cores
            with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
                sweep = list(
                    pool.map(lambda fw: run_framework(fw, True, Path(cache)), FRAMEWORK_ORDER)
                )
            per_framework = pool_rounds([sweep])
        else:  # one framework at a time, so none disturbs another's timings
            rounds = [
                [run_framework(fw, False, Path(cache)) for fw in FRAMEWORK_ORDER]
                for _ in range(args.rounds)
            ]
            per_framework = pool_rounds(rounds)
    try:
        check_dtypes(per_framework)
    except MixedDtypes as error:
        print(error, file=sys.stderr)
        return 1
    on_gpu = any(f["device"] == "gpu" or f["device"] == "cuda" for f in per_framework)
    passes, per_pass = sampling_plan(args.smoke)
    result = {
        "date": dt.date.today().isoformat(),
        "smoke": args.smoke,
        "machine": machine(),
        "versions": installed_versions(),
        "command": "make bench" if not args.smoke else "python -m rosetta bench --smoke",
        "method": {
            "warmup_calls": 2,
            "min_repeats": passes * per_pass[0],
            "min_seconds": round(passes * per_pass[1], 3),
            "max_repeats": passes * per_pass[2],
            "statistic": "median of repeats; spread is the interquartile range",
            "rounds": 1 if args.smoke else args.rounds,
            "pooling": "each round runs every framework in turn; samples of all rounds pooled",
            "interleaving": f"per framework, {passes} passes over all cases, "
            "an equal share of the repeats each",
            "compile_s": "first call minus steady-state median, first round, "
            "with every on-disk compilation cache empty",
            "relative": "each sample divided by the machine reference (run_one."
            "machine_reference) timed at the start and end of its pass; median of "
            f"{2 * REFERENCE_CALLS} calls",
            "dtypes": "input_dtypes: the floating-point inputs' dtypes and result_dtype: the "
            "result's, both as the framework reports them, with the device they were on; "
            "the harness refuses to write results where one workload's differ across "
            "frameworks unless the workload declares why",
        },
        "frameworks": per_framework,
        "wall_seconds": round(time.perf_counter() - started, 1),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    device = "gpu" if on_gpu else "cpu"
    path = args.out / (f"{device}-repeat.json" if args.repeat else f"{device}.json")
    path.write_text(json.dumps(result, indent=1) + "\n")
    print(
        f"wrote {path.relative_to(REPO) if path.is_relative_to(REPO) else path} "
        f"in {result['wall_seconds']} s"
    )
    if not (args.no_plots or args.smoke or args.repeat):
        from rosetta.bench.plots import plot_all

        for written in plot_all(result, args.out, device):
            print(f"wrote {written.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
