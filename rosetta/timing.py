"""How far the suite's wall time is from the floor its snippet work implies.

The floor is the work only this suite can do, spread evenly over its workers: the seconds
spent executing snippet code, plus the framework imports each worker's kernels pay. Its
ratio to the wall time is the suite's overhead; `make test` prints it as its last line,
with the test files that cost most beyond their snippet work.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime


@dataclass
class SnippetWork:
    snippet_s: float = 0.0  # snippet cells in kernels, framework imports excluded
    isolated_s: float = 0.0  # isolated examples in fresh interpreters, imports included
    import_s: float = 0.0  # kernels' set-up cells: the framework imports, once per kernel
    kernels: int = 0
    # test file -> snippet seconds spent inside its tests (a page runs in its first test)
    by_file: Counter = field(default_factory=Counter)

    def add(self, other: SnippetWork) -> None:
        self.snippet_s += other.snippet_s
        self.isolated_s += other.isolated_s
        self.import_s += other.import_s
        self.kernels += other.kernels
        self.by_file.update(other.by_file)

    def to_dict(self) -> dict:
        return {**asdict(self), "by_file": dict(self.by_file)}

    @classmethod
    def from_dict(cls, data: dict) -> SnippetWork:
        return cls(**{**data, "by_file": Counter(data.get("by_file", {}))})


def cell_seconds(cell) -> float:
    """How long a notebook cell ran, from the timestamps nbclient records."""
    execution = cell.get("metadata", {}).get("execution", {})
    try:
        start = datetime.fromisoformat(execution["iopub.execute_input"])
        end = datetime.fromisoformat(execution["shell.execute_reply"])
    except (KeyError, ValueError):
        return 0.0
    return max((end - start).total_seconds(), 0.0)


def overhead_line(
    work: SnippetWork, workers: int, wall_s: float, file_seconds: dict[str, float]
) -> str:
    workers = max(workers, 1)
    floor = (work.snippet_s + work.isolated_s + work.import_s) / workers
    beyond = {name: seconds - work.by_file.get(name, 0.0) for name, seconds in file_seconds.items()}
    largest = sorted(beyond.items(), key=lambda item: -item[1])[:4]
    costs = ", ".join(f"{name.removeprefix('tests/')} {seconds:.0f} s" for name, seconds in largest)
    ratio = f"{wall_s / floor:.2f}x" if floor else "n/a"
    return (
        f"overhead: snippet code {work.snippet_s:.0f} s, isolated runs {work.isolated_s:.0f} s "
        f"(imports included), imports {work.import_s / workers:.0f} s per worker "
        f"({work.kernels} kernels); floor {floor:.0f} s on {workers} workers; wall "
        f"{wall_s:.0f} s = {ratio} the floor. Largest costs beyond snippet work (test time, "
        f"summed over workers): {costs}"
    )
