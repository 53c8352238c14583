"""The benchmark harness in smoke mode: every workload runs in every framework and mode.

No timing is asserted; this only keeps `make bench` from rotting between full runs.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.bench.workloads import MODES, WORKLOADS
from tests.harness import REPO

# Workloads that have no NumPy version (NumPy has no autodiff) or no compiled mode.
NOT_APPLICABLE = {
    ("numpy", "mlp_train_step"),
    ("numpy", "conv_fwd_bwd"),
    ("numpy", "data_pipeline"),
}


@pytest.mark.xdist_group("bench")
def test_smoke_run_covers_every_workload_framework_and_mode(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "tests.bench", "--smoke", "--out", str(tmp_path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, f"`python -m tests.bench --smoke` failed:\n{proc.stderr[-5000:]}"
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
            assert row["median_s"] > 0 and row["p25_s"] <= row["median_s"] <= row["p75_s"]
            relative = row["relative"]
            assert 0 < relative["p25"] <= relative["median"] <= relative["p75"]


def test_benchmarks_start_from_empty_compilation_caches(tmp_path, monkeypatch):
    """A cache kept by the suite or an earlier run would turn a reported first call into a
    cache load: the harness points every compiler cache at the run's own new folder."""
    from tests.bench.__main__ import PERSISTENT_CACHE_VARIABLES, benchmark_env

    for name in PERSISTENT_CACHE_VARIABLES:
        monkeypatch.setenv(name, str(REPO / ".cache" / name.lower()))
    env = benchmark_env(tmp_path)
    assert env["TORCHINDUCTOR_CACHE_DIR"].startswith(str(tmp_path))
    assert env["TRITON_CACHE_DIR"].startswith(str(tmp_path))
    assert not [name for name in PERSISTENT_CACHE_VARIABLES if str(REPO) in env.get(name, "")]
    assert "JAX_COMPILATION_CACHE_DIR" not in env
