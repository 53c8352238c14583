"""The Lighthouse scores that `make audit` recorded.

The figures come from docs/assets/audit/lighthouse.json; pages place the table with the
marker `<!-- rosetta:audit -->`.
"""

from __future__ import annotations

import json

from rosetta.harness import DOCS

RESULT = DOCS / "assets" / "audit" / "lighthouse.json"
MARKER = "<!-- rosetta:audit -->"


def _link(path: str, language: str) -> str:
    """The audited page, from the About page of the edition being built.

    Each edition links its own twin of an English page; the English edition reaches the
    Chinese pages, which are not among its documents, by URL (about/ -> ../zh/...).
    """
    path = path.lstrip("/")  # as recorded: /zh/tensors/
    if language == "zh":
        path = path.removeprefix("zh/")
    elif path.startswith("zh/"):
        return "../" + path
    return (path.strip("/") or "index") + ".md"


def expand(markdown: str, language: str = "en") -> str:
    if MARKER not in markdown:
        return markdown
    if not RESULT.exists():
        return markdown.replace(MARKER, "No audit has been recorded yet: run `make audit`.")
    data = json.loads(RESULT.read_text())
    rows = [
        "| Page | Form factor | Performance | Accessibility | Best practices "
        "| Performance, each run |",
        "| --- | --- | ---: | ---: | ---: | --- |",
    ]
    for run in data["runs"]:
        s = run["scores"]
        rows.append(
            f"| [{run['page']}]({_link(run['path'], language)}) | {run['form_factor']} "
            f"| {s['performance']} "
            f"| {s['accessibility']} | {s['best-practices']} "
            f"| {', '.join(map(str, run.get('performance_of_each_run', [])))} |"
        )
    lighthouse = data["runs"][0]["lighthouse"] if data["runs"] else "?"
    indexes = [i for run in data["runs"] for i in run.get("benchmark_index_of_each_run", [])]
    machine = (
        f" Lighthouse rated this machine's CPU at {min(indexes)} to {max(indexes)} on its "
        "benchmark index during the runs (a lower index means a slower machine, and lower "
        "performance scores for the same page)."
        if indexes
        else ""
    )
    floor = f", and {data['floor']} in every run" if "floor" in data else ""
    note = (
        f"\n\nRecorded on {data['date']} with Lighthouse {lighthouse} in {data['browser']} "
        f"(headless): {data.get('method', 'one run per page and form factor')}. "
        f"The target is {data['target']} in every category at the median{floor}.{machine}"
    )
    return markdown.replace(MARKER, "\n".join(rows) + note)
