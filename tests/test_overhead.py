"""The overhead line `make test` ends with (rosetta.timing), on figures worked by hand."""

from __future__ import annotations

from collections import Counter

from rosetta.timing import SnippetWork, cell_seconds, overhead_line


def test_overhead_line_compares_the_wall_time_with_the_floor():
    work = SnippetWork(
        snippet_s=100, isolated_s=20, import_s=40, kernels=4,
        by_file=Counter({"tests/test_snippets.py": 150}),
    )  # fmt: skip
    line = overhead_line(
        work, workers=2, wall_s=160, file_seconds={"tests/test_snippets.py": 170,
                                                   "tests/test_browser.py": 50}
    )  # fmt: skip
    # floor = (100 + 20 + 40) / 2 = 80 s; 160 / 80 = 2.00
    assert "imports 20 s per worker (4 kernels); floor 80 s on 2 workers" in line
    assert "wall 160 s = 2.00x the floor" in line
    assert line.endswith("test_browser.py 50 s, test_snippets.py 20 s")


def test_cell_time_comes_from_nbclient_timestamps():
    cell = {"metadata": {"execution": {
        "iopub.execute_input": "2026-12-03T07:00:00.250000Z",
        "shell.execute_reply": "2026-12-03T07:00:02.000000Z",
    }}}  # fmt: skip
    assert cell_seconds(cell) == 1.75
    assert cell_seconds({"metadata": {}}) == 0.0
