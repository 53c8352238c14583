"""How closely two full benchmark runs agree (`python -m tests.bench --compare`, and the
benchmarks page's repeatability section)."""

from __future__ import annotations

import statistics


def _rows(result: dict) -> dict:
    return {
        (f["framework"], r["workload"], r["size"], r["mode"]): r
        for f in result["frameworks"]
        for r in f["results"]
    }


def _inside(row: dict, median: float) -> bool:
    return row["p25_s"] <= median <= row["p75_s"]


def agreement(first: dict, second: dict) -> dict:
    """Is each median inside the other run's interquartile range?

    Also reports the machine factor: the median over all cases of second/first. A shared VM
    can run every framework a few percent faster or slower for minutes at a time; dividing
    that single factor out shows how much of the disagreement is the machine as a whole
    rather than the harness. The recorded medians themselves are never adjusted.
    """
    a, b = _rows(first), _rows(second)
    shared = sorted(set(a) & set(b))
    factor = statistics.median(b[k]["median_s"] / a[k]["median_s"] for k in shared)
    cases = []
    for key in shared:
        ra, rb = a[key], b[key]
        cases.append(
            {
                "case": "/".join(map(str, key)),
                "first_s": ra["median_s"],
                "second_s": rb["median_s"],
                "difference": abs(ra["median_s"] - rb["median_s"]) / rb["median_s"],
                "inside": _inside(rb, ra["median_s"]) or _inside(ra, rb["median_s"]),
                "inside_after_factor": _inside(rb, ra["median_s"] * factor)
                or _inside(ra, rb["median_s"] / factor),
            }
        )
    per_framework = {
        framework: statistics.median(
            b[k]["median_s"] / a[k]["median_s"] for k in shared if k[0] == framework
        )
        for framework in dict.fromkeys(k[0] for k in shared)
    }
    differences = sorted(c["difference"] for c in cases)
    return {
        "cases": cases,
        "shared": len(cases),
        "inside": sum(c["inside"] for c in cases),
        "inside_after_factor": sum(c["inside_after_factor"] for c in cases),
        "median_difference": differences[len(differences) // 2],
        "largest_difference": differences[-1],
        "machine_factor": factor,
        "factor_per_framework": per_framework,
    }
