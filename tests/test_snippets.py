"""Every snippet runs and prints exactly its recording; the three frameworks agree."""

from __future__ import annotations

import difflib
import os

import numpy as np
import pytest

from rosetta.harness import (
    REFRESH_COMMAND,
    REPO,
    SnippetError,
    discover_examples,
    discover_snippets,
    example_of,
    expected_output_path,
    gpu_present,
    installed_versions,
    load_manifest,
    pinned_versions,
    to_numpy,
    update_recording,
    versions_changed,
)
from rosetta.notebooks import page_groups

PAGE_OF_EXAMPLE = page_groups()
SNIPPETS = discover_snippets()
EXAMPLES = discover_examples()
ON_GPU = gpu_present()
DEVICE_KEY = "gpu" if ON_GPU else "cpu"
VERSIONS_CHANGED = versions_changed()  # then make outputs proves every file alone again


def _skip_gpu_only_on_cpu(example):
    if example.gpu_only and not ON_GPU:
        pytest.skip(f"{example.id} needs a GPU: {example.gpu_only}")


def _grouped(obj, example_id):
    # One xdist worker runs all tests of a page's examples: they share the page's notebook
    # runs, and parity reuses them.
    group = PAGE_OF_EXAMPLE.get(example_id, example_id)
    return pytest.param(
        obj, id=getattr(obj, "rel", None) or obj.id, marks=pytest.mark.xdist_group(group)
    )


@pytest.mark.parametrize("snippet", [_grouped(s, s.example_id) for s in SNIPPETS])
def test_output_matches_recording(snippet, snippet_runs, request):
    _skip_gpu_only_on_cpu(example_of(snippet))
    refresh = f"{REFRESH_COMMAND} ONLY={snippet.rel}"
    expected_path = expected_output_path(snippet, ON_GPU)
    result = snippet_runs.get(snippet)
    if request.config.getoption("update_outputs"):  # make outputs: the same run, stored
        try:
            update_recording(snippet, result.stdout, ON_GPU, reprove=VERSIONS_CHANGED)
        except SnippetError as error:
            pytest.fail(str(error), pytrace=False)
        return
    if not expected_path.exists():
        if ON_GPU:
            pytest.skip(f"{snippet.rel} ran on GPU; no GPU recording yet ({refresh} on a GPU)")
        pytest.fail(
            f"{snippet.rel} has no recorded output. Record it with: {refresh}", pytrace=False
        )
    expected = expected_path.read_text()
    if result.stdout != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                result.stdout.splitlines(keepends=True),
                fromfile=f"{expected_path.relative_to(REPO)} (recorded)",
                tofile="printed now",
            )
        )
        pytest.fail(
            f"{snippet.rel}: output no longer matches its recording (it ran in its page's "
            f"notebook, after the cells before it in one kernel).\n{diff}\n"
            f"If the new output is right, refresh it with: {refresh}",
            pytrace=False,
        )
    entry = load_manifest(snippet.topic).get(snippet.path.name, {}).get(DEVICE_KEY, {})
    if entry.get("source_sha256") != snippet.source_hash():
        pytest.fail(
            f"{snippet.rel} changed since its output was recorded (the recording "
            f"was made from other source). Refresh it with: {refresh}",
            pytrace=False,
        )


def test_recorded_versions_match_installed():
    recorded = pinned_versions()
    installed = installed_versions()
    changed = [
        f"{name}: recorded {recorded.get(name, 'nothing')}, installed {version}"
        for name, version in installed.items()
        if recorded.get(name) != version
    ]
    assert not changed, (
        "Outputs were recorded with other versions than the ones installed:\n  "
        + "\n  ".join(changed)
        + f"\nRe-record every snippet with: {REFRESH_COMMAND}"
    )


def _values(example, snippet_runs, name):
    values = {}
    for framework in ("pytorch", "tensorflow", "jax"):
        snippet = example.snippet(framework)
        namespace = snippet_runs.get(snippet).namespace
        if name not in namespace:
            pytest.fail(
                f"{snippet.rel} defines no `{name}`, which [{example.name}] in "
                f"snippets/{example.topic}/examples.toml compares. Define it at module "
                "level, or change `compare`.",
                pytrace=False,
            )
        values[framework] = to_numpy(namespace[name])
    return values


def _flatten(value):
    return (
        [np.asarray(value)]
        if not isinstance(value, list)
        else [leaf for item in value for leaf in _flatten(item)]
    )


@pytest.mark.parametrize("example", [_grouped(e, e.id) for e in EXAMPLES])
def test_frameworks_agree(example, snippet_runs):
    _skip_gpu_only_on_cpu(example)
    settings = example.settings
    if "exempt" in settings:
        pytest.skip(f"{example.id}: no parity check: {settings['exempt']}")
    rtol, atol = float(settings.get("rtol", 0.0)), float(settings.get("atol", 0.0))
    for name in settings.get("compare", []):
        values = _values(example, snippet_runs, name)
        reference = _flatten(values["pytorch"])
        for framework in ("tensorflow", "jax"):
            other = _flatten(values[framework])
            assert len(other) == len(reference), (
                f"{example.id}: `{name}` has {len(reference)} parts in PyTorch but "
                f"{len(other)} in {framework}"
            )
            for a, b in zip(reference, other, strict=True):
                np.testing.assert_allclose(
                    b,
                    a,
                    rtol=rtol,
                    atol=atol,
                    err_msg=f"{example.id}: `{name}` differs between PyTorch and {framework} "
                    f"beyond rtol={rtol}, atol={atol} (set in examples.toml)",
                )
    for name in settings.get("compare_shapes", []):
        values = _values(example, snippet_runs, name)
        shapes = {fw: [v.shape for v in _flatten(val)] for fw, val in values.items()}
        assert len({str(s) for s in shapes.values()}) == 1, (
            f"{example.id}: `{name}` has different shapes per framework: {shapes}"
        )


@pytest.mark.skipif(
    os.environ.get("ROSETTA_EXPECT_GPU") != "1",
    reason="CPU run; the GPU workflow sets ROSETTA_EXPECT_GPU=1",
)
def test_gpu_is_visible_to_every_framework():
    import jax
    import tensorflow as tf
    import torch

    assert ON_GPU, "ROSETTA_EXPECT_GPU=1 but nvidia-smi sees no GPU"
    assert torch.cuda.is_available(), "torch is not a CUDA build or sees no GPU"
    assert tf.config.list_physical_devices("GPU"), "TensorFlow sees no GPU (tensorflow[and-cuda]?)"
    assert jax.default_backend() == "gpu", "JAX runs on CPU (jax[cuda12]?)"


BOUNDED = [e for e in EXAMPLES if e.settings.get("at_least") or e.settings.get("at_most")]


@pytest.mark.parametrize("example", [_grouped(e, e.id) for e in BOUNDED])
def test_results_within_bounds(example, snippet_runs):
    """`at_least` / `at_most` in examples.toml: e.g. a test accuracy every framework must reach."""
    _skip_gpu_only_on_cpu(example)
    problems = []
    for framework in ("pytorch", "tensorflow", "jax"):
        snippet = example.snippet(framework)
        namespace = snippet_runs.get(snippet).namespace
        for kind, bounds in (
            ("at_least", example.settings.get("at_least", {})),
            ("at_most", example.settings.get("at_most", {})),
        ):
            for name, bound in bounds.items():
                if name not in namespace:
                    problems.append(f"{snippet.rel} defines no `{name}` ({kind} in examples.toml)")
                    continue
                value = to_numpy(namespace[name])
                ok = np.all(value >= bound) if kind == "at_least" else np.all(value <= bound)
                if not ok:
                    problems.append(
                        f"{snippet.rel}: `{name}` = {value} is not {kind.replace('_', ' ')} "
                        f"{bound} (set in snippets/{example.topic}/examples.toml)"
                    )
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    "snippet",
    [
        _grouped(e.snippet(fw), e.id)
        for e in EXAMPLES
        for fw in ("pytorch", "tensorflow", "jax")
        if e.repeats(fw)
    ],
)
def test_second_run_is_identical(snippet, snippet_runs):
    """`repeatable`: running the file again gives the same output and values."""
    example = example_of(snippet)
    _skip_gpu_only_on_cpu(example)
    first = snippet_runs.get(snippet)
    second = snippet_runs.rerun(snippet)
    assert second.stdout == first.stdout, (
        f"{snippet.rel} printed something else on its second run:\n"
        + "".join(
            difflib.unified_diff(
                first.stdout.splitlines(True),
                second.stdout.splitlines(True),
                "first run",
                "second run",
            )
        )
    )
    for name in example.checked_names:
        np.testing.assert_array_equal(
            to_numpy(second.namespace[name]),
            to_numpy(first.namespace[name]),
            err_msg=f"{snippet.rel}: `{name}` differs between two runs",
        )
