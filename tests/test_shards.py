"""CI's shards (pytest-split, .github/workflows/ci.yml) run exactly what `make test` runs."""

from __future__ import annotations

import json
from types import SimpleNamespace

import yaml

from rosetta.harness import REPO
from rosetta.shards import DURATIONS, split

REFRESH = "Refresh the recorded durations with `make durations`."


def _recorded() -> dict[str, float]:
    assert DURATIONS.exists(), f"{DURATIONS.name} is missing. {REFRESH}"
    return json.loads(DURATIONS.read_text())


def shard_problems(items: list, groups: list) -> list[str]:
    everything = [item.nodeid for item in items]
    chosen = [item.nodeid for group in groups for item in group.selected]
    problems = []
    if missing := sorted(set(everything) - set(chosen)):
        problems.append(f"{len(groups)} shards leave out {len(missing)} tests: {missing[:3]}")
    if twice := sorted({nodeid for nodeid in chosen if chosen.count(nodeid) > 1}):
        problems.append(f"{len(groups)} shards run {len(twice)} tests twice: {twice[:3]}")
    return problems


def test_the_shards_together_run_exactly_the_suite(all_suite_items):
    durations = _recorded()
    for splits in (2, 4):
        assert shard_problems(all_suite_items, split(all_suite_items, splits, durations)) == []


def test_shard_check_catches_a_lost_and_a_doubled_test():
    items = [SimpleNamespace(nodeid=f"tests/test_x.py::test_{n}") for n in range(6)]
    groups = split(items, 2, {item.nodeid: 1.0 for item in items})
    lost = groups[-1].selected.pop()
    assert shard_problems(items, groups) == [f"2 shards leave out 1 tests: [{lost.nodeid!r}]"]
    groups[0].selected.append(lost)
    groups[-1].selected.append(lost)
    assert shard_problems(items, groups) == [f"2 shards run 1 tests twice: [{lost.nodeid!r}]"]


def test_recorded_durations_cover_the_suite(all_suite_items):
    durations = _recorded()
    unknown = [item.nodeid for item in all_suite_items if item.nodeid not in durations]
    assert len(unknown) <= 0.1 * len(all_suite_items), (
        f"{len(unknown)} of {len(all_suite_items)} tests have no recorded duration, so the "
        f"shards are no longer balanced (e.g. {unknown[:3]}). {REFRESH}"
    )


def test_ci_runs_every_shard_with_make_test():
    job = yaml.safe_load((REPO / ".github/workflows/ci.yml").read_text())["jobs"]["test"]
    shards = job["strategy"]["matrix"]["shard"]
    suite = next(step for step in job["steps"] if step.get("run") == "bash .ci/run")
    assert suite["env"]["SHARDS"] == str(len(shards)), "SHARDS must equal the matrix's size"
    assert shards == list(range(1, len(shards) + 1)), f"the matrix must list 1..N: {shards}"
    assert suite["env"]["SHARD"] == "${{ matrix.shard }}"
