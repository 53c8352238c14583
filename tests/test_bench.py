"""The benchmark harness in smoke mode: every workload runs in every framework and mode.

No timing is asserted; this only keeps `make bench` from rotting between full runs.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys

import numpy as np
import pytest

from rosetta.bench.workloads import GLUE, MODES, WORKLOADS, Case, Workload
from rosetta.harness import REPO

# Workloads that have no NumPy version (NumPy has no autodiff) or no compiled mode.
NOT_APPLICABLE = {
    ("numpy", "mlp_train_step"),
    ("numpy", "conv_fwd_bwd"),
    ("numpy", "data_pipeline"),
}


@pytest.mark.xdist_group("bench")
def test_smoke_run_covers_every_workload_framework_and_mode(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "rosetta", "bench", "--smoke", "--out", str(tmp_path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, f"`python -m rosetta bench --smoke` failed:\n{proc.stderr[-5000:]}"
    result = (
        json.loads((tmp_path / "cpu.json").read_text())
        if (tmp_path / "cpu.json").exists()
        else json.loads((tmp_path / "gpu.json").read_text())
    )
    assert {"machine", "versions", "method", "date", "frameworks"} <= set(result)
    seen = {
        (f["framework"], r["workload"], r["mode"])
        for f in result["frameworks"]
        for r in f["results"]
    }
    for framework, modes in MODES.items():
        for workload in WORKLOADS:
            for mode in modes:
                if (framework, workload) in NOT_APPLICABLE:
                    continue
                if workload == "data_pipeline" and mode != "eager":
                    continue
                assert (framework, workload, mode) in seen, f"missing {framework} {mode} {workload}"
    for framework in result["frameworks"]:
        assert framework["reference_s"] and min(framework["reference_s"]) > 0
        for row in framework["results"]:
            assert row["input_dtypes"] == ["float32"] and row["result_dtype"] == "float32", row
            assert len(row["device"]) == 1 and row["device"][0] in {"cpu", "cuda", "gpu"}, row
            assert row["median_s"] > 0 and row["p25_s"] <= row["median_s"] <= row["p75_s"]
            relative = row["relative"]
            assert 0 < relative["p25"] <= relative["median"] <= relative["p75"]


def test_benchmarks_start_from_empty_compilation_caches(tmp_path, monkeypatch):
    """A cache kept by the suite or an earlier run would turn a reported first call into a
    cache load: the harness points every compiler cache at the run's own new folder."""
    from rosetta.bench.__main__ import PERSISTENT_CACHE_VARIABLES, benchmark_env

    for name in PERSISTENT_CACHE_VARIABLES:
        monkeypatch.setenv(name, str(REPO / ".compile-cache" / name.lower()))
    env = benchmark_env(tmp_path)
    assert env["TORCHINDUCTOR_CACHE_DIR"].startswith(str(tmp_path))
    assert env["TRITON_CACHE_DIR"].startswith(str(tmp_path))
    assert not [name for name in PERSISTENT_CACHE_VARIABLES if str(REPO) in env.get(name, "")]
    assert "JAX_COMPILATION_CACHE_DIR" not in env


def _float64_by_accident(fw, mode, n):
    """The matrix-powers input as it was built until December 2026: a float32 array divided
    by np.sqrt(n), a NumPy float64 scalar, is float64 under NumPy 2; jnp.asarray narrows it
    to float32 again (x64 is off), so NumPy ran float64 against JAX's float32."""
    x = fw.array(np.ones((n, n), np.float32) / np.sqrt(n))
    fn = fw.compile(lambda x: x + x @ x, mode)
    return Case(lambda: fw.sync(fn(x)), (x,))


def test_harness_refuses_results_whose_frameworks_ran_different_dtypes():
    from rosetta.bench.__main__ import MixedDtypes, check_dtypes
    from rosetta.bench.run_one import build_cases

    workloads = {"accident": Workload(_float64_by_accident, "n", (8,), (8,), "Accident", "")}
    frameworks = [
        {
            "framework": name,
            "results": [case[0] for case in build_cases(name, GLUE[name](), True, workloads)],
        }
        for name in ("numpy", "jax")
    ]
    with pytest.raises(MixedDtypes) as refused:
        check_dtypes(frameworks, workloads)
    message = str(refused.value)
    assert "accident (size 8)" in message
    assert "numpy eager: inputs float64 -> result float64" in message
    assert "jax eager: inputs float32 -> result float32" in message
    assert "Nothing was written" in message

    declared = {"accident": dataclasses.replace(workloads["accident"], mixed_dtypes="on purpose")}
    check_dtypes(frameworks, declared)  # a declared dtype comparison is accepted


# How many matrix products each compiler keeps of x + x@x + x@x@x (the seed claim's
# expression): the benchmarks page explains the compiled timings with these counts.
PRODUCTS_KEPT = {"pytorch": 3, "tensorflow": 2, "jax": 2}


@pytest.mark.xdist_group("bench")
def test_compilers_keep_the_matrix_products_the_page_says():
    import re

    import jax
    import jax.numpy as jnp
    import tensorflow as tf
    import torch
    from torch._inductor.utils import run_and_get_code

    def powers(x):
        return x + x @ x + x @ x @ x

    _, code = run_and_get_code(torch.compile(powers), torch.ones(8, 8))
    kept = {"pytorch": len(re.findall(r"extern_kernels\.(?:add)?mm\(", "\n".join(code)))}
    tf_hlo = tf.function(powers, jit_compile=True).experimental_get_compiler_ir(tf.ones((8, 8)))(
        stage="optimized_hlo"
    )
    kept["tensorflow"] = len(re.findall(r" dot\(", tf_hlo))
    jax_hlo = jax.jit(powers).lower(jnp.ones((8, 8))).compile().as_text()
    kept["jax"] = len(re.findall(r" dot\(", jax_hlo))
    assert kept == PRODUCTS_KEPT, (
        f"compiled x + x@x + x@x@x now keeps {kept} matrix products; update PRODUCTS_KEPT in "
        "tests/test_bench.py and the seed-claim section of docs/benchmarks.md"
    )


def _speedups(device: str = "cpu") -> dict:
    """(workload, framework, mode) -> NumPy's median / this median, at the largest size;
    workloads without NumPy map to the median in seconds."""
    result = json.loads((REPO / "docs" / "assets" / "benchmarks" / f"{device}.json").read_text())
    rows = {
        (r["workload"], f["framework"], r["mode"], r["size"]): r["median_s"]
        for f in result["frameworks"]
        for r in f["results"]
    }
    largest = {}
    for workload, _, _, size in rows:
        largest[workload] = max(size, largest.get(workload, 0))
    out = {}
    for (workload, framework, mode, size), median in rows.items():
        if size == largest[workload]:
            numpy = rows.get((workload, "numpy", "eager", size))
            out[workload, framework, mode] = numpy / median if numpy else median
    return out


def test_the_benchmark_pages_claims_follow_from_the_committed_run():
    """The sentences in docs/benchmarks.md ("How to read it") and the seed-claim row of
    docs/dated_claims.md, checked against cpu.json. After `make bench`, a failure here
    names the sentence to update."""
    s = _speedups()
    frameworks = ("pytorch", "tensorflow", "jax")
    problems = []

    def claim(ok: bool, sentence: str):
        if not ok:
            problems.append(sentence)

    claim(
        all(0.7 <= s["matmul", fw, m] <= 1.4 for fw in frameworks for m in ("eager", "compiled")),
        "benchmarks.md: one large matrix product runs at about NumPy's speed in every framework",
    )
    claim(
        all(
            1 < s["elementwise_chain", fw, "eager"] < s["elementwise_chain", fw, "compiled"]
            for fw in frameworks
        ),
        "benchmarks.md: every framework beats NumPy on the element-wise chain, compiling more",
    )
    claim(
        all(
            s["mlp_train_step", fw, "compiled"] < s["mlp_train_step", fw, "eager"] / 2
            for fw in ("tensorflow", "jax")
        )
        and s["mlp_train_step", "pytorch", "compiled"] >= s["mlp_train_step", "pytorch", "eager"],
        "benchmarks.md: compiling the training step removes most overhead in JAX and TensorFlow; "
        "torch.compile does not beat PyTorch's eager step",
    )
    claim(
        all(s["dispatch", fw, m] < 1 for fw in frameworks for m in ("eager", "compiled"))
        and all(
            s["dispatch", fw, "compiled"] < s["dispatch", fw, "eager"]
            for fw in ("pytorch", "tensorflow")
        )
        and s["dispatch", "jax", "compiled"] > s["dispatch", "jax", "eager"],
        "benchmarks.md: NumPy wins the dispatch loop; compiled calls are slower still in PyTorch "
        "and TensorFlow, while jax.jit lowers JAX's per-call cost",
    )
    claim(
        0.5 <= s["matrix_powers", "jax", "compiled"] <= 2,
        "dated_claims.md: jax.jit is within a factor of two of NumPy on matrix powers",
    )
    assert not problems, "these sentences no longer follow from the committed run:\n  " + (
        "\n  ".join(problems)
    )
