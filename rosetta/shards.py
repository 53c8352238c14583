"""`python -m rosetta shards`: the CI wall time to expect with 1, 2 and 4 shards.

CI splits the suite over runners with pytest-split (`make test SHARDS=4 SHARD=n`), cutting
the suite in collection order into chunks of equal recorded duration, so that a page's tests
stay together and its notebooks run once. The durations come from `make durations`.
"""

from __future__ import annotations

import json
from types import SimpleNamespace

from rosetta.harness import REPO

DURATIONS = REPO / ".test_durations"
ALGORITHM = "duration_based_chunks"  # the Makefile's --splitting-algorithm
WORKERS = 2  # each runner's xdist workers (make test: -n 2)
# One runner's set-up before the first test: the hashed .venv install, measured on this
# project's 2-core machine (2 min 1 s); Chromium and the runner's own start come on top.
SETUP_S = 121


def split(items: list, splits: int, durations: dict[str, float]):
    from pytest_split.algorithms import Algorithms

    return Algorithms[ALGORITHM].value(splits, items, durations)


def plan(durations: dict[str, float], counts=(1, 2, 4)) -> list[tuple[int, float, float]]:
    """(shards, the longest shard's test seconds, its expected wall time on one runner)."""
    items = [SimpleNamespace(nodeid=nodeid) for nodeid in durations]
    rows = []
    for count in counts:
        longest = max(group.duration for group in split(items, count, durations))
        rows.append((count, longest, SETUP_S + longest / WORKERS))
    return rows


def main() -> int:
    durations = json.loads(DURATIONS.read_text())
    total = sum(durations.values())
    print(
        f"{len(durations)} tests, {total:.0f} s of test time recorded in "
        f"{DURATIONS.name} ({ALGORITHM}, {WORKERS} workers per runner, {SETUP_S} s set-up)"
    )
    print("shards  longest shard  expected CI wall (set-up + longest / workers)")
    for count, longest, wall in plan(durations):
        print(f"{count:>6}  {longest:>11.0f} s  {wall / 60:>5.1f} min")
    return 0
