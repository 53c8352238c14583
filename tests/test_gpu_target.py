"""`make test-gpu`, the GPU workflow's one command, is right on paper.

No machine with a GPU runs this suite, so what can be checked without one is checked here:
the commands `make -n` prints for the GPU targets.
"""

from __future__ import annotations

import subprocess

from rosetta.harness import REPO

# Two pytest workers share one GPU: without these, JAX preallocates 75% of its memory and
# TensorFlow maps nearly all of it, and the second worker runs out.
GPU_SHARING = (
    "ROSETTA_EXPECT_GPU=1",
    "XLA_PYTHON_CLIENT_PREALLOCATE=false",
    "TF_FORCE_GPU_ALLOW_GROWTH=true",
)


def gpu_target_problems(makefile, target: str) -> list[str]:
    commands = subprocess.run(
        ["make", "-n", "-f", str(makefile), target],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.replace("\\\n", " ")
    run = next(
        (
            line
            for line in commands.splitlines()
            if "-m pytest" in line or "-m rosetta record" in line
        ),
        "",
    )
    problems = [f"`make {target}` does not set {var}" for var in GPU_SHARING if var not in run]
    if "apt-get" in commands or "chromium" in commands:
        problems.append(f"`make {target}` installs Chromium, which needs root on the GPU runner")
    if "test_browser" in run or (target == "test-gpu" and "tests/test_snippets.py" not in run):
        problems.append(f"`make {target}` must run the snippet tests and no browser tests")
    return problems


def test_gpu_targets_share_the_gpu_and_need_no_browser():
    for target in ("test-gpu", "outputs-gpu"):
        assert gpu_target_problems(REPO / "Makefile", target) == []


def test_gpu_target_check_catches_a_missing_setting(tmp_path):
    broken = tmp_path / "Makefile"
    text = (REPO / "Makefile").read_text()
    broken.write_text(text.replace("XLA_PYTHON_CLIENT_PREALLOCATE=false ", ""))
    assert gpu_target_problems(broken, "test-gpu") == [
        "`make test-gpu` does not set XLA_PYTHON_CLIENT_PREALLOCATE=false"
    ]
    broken.write_text(text.replace("test-gpu: venv", "test-gpu: venv chromium"))
    assert any("installs Chromium" in p for p in gpu_target_problems(broken, "test-gpu"))
