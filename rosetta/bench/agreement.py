"""How closely two full benchmark runs agree (`python -m rosetta bench --compare`, and the
benchmarks page's repeatability section)."""

from __future__ import annotations

import statistics


def _rows(result: dict) -> dict:
    return {
        (f["framework"], r["workload"], r["size"], r["mode"]): r
        for f in result["frameworks"]
        for r in f["results"]
    }


def _seconds(row: dict) -> tuple[float, float, float]:
    return row["p25_s"], row["median_s"], row["p75_s"]


def _relative(row: dict) -> tuple[float, float, float] | None:
    """Relative to the machine reference; None for runs made before the harness timed it."""
    r = row.get("relative")
    return (r["p25"], r["median"], r["p75"]) if r else None


def _either_inside(a: tuple, b: tuple, factor: float = 1.0) -> bool:
    """Is a's median inside b's interquartile range, or b's inside a's? Each is (p25,
    median, p75); factor scales a's figures to b's."""
    (a25, a50, a75), (b25, b50, b75) = a, b
    return b25 <= a50 * factor <= b75 or a25 * factor <= b50 <= a75 * factor


def _reference_speed(result: dict) -> dict:
    return {
        f["framework"]: statistics.median(f["reference_s"])
        for f in result["frameworks"]
        if f.get("reference_s")
    }


def agreement(first: dict, second: dict) -> dict:
    """Is each median inside the other run's interquartile range, in seconds and relative
    to the machine reference timed in the same passes?

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
                "inside": _either_inside(_seconds(ra), _seconds(rb)),
                "inside_after_factor": _either_inside(_seconds(ra), _seconds(rb), factor),
                "inside_relative": _either_inside(_relative(ra), _relative(rb))
                if _relative(ra) and _relative(rb)
                else None,
            }
        )
    per_framework = {
        framework: statistics.median(
            b[k]["median_s"] / a[k]["median_s"] for k in shared if k[0] == framework
        )
        for framework in dict.fromkeys(k[0] for k in shared)
    }
    differences = sorted(c["difference"] for c in cases)
    speed_a, speed_b = _reference_speed(first), _reference_speed(second)
    relative = [c["inside_relative"] for c in cases]
    return {
        "cases": cases,
        "shared": len(cases),
        "inside": sum(c["inside"] for c in cases),
        "inside_after_factor": sum(c["inside_after_factor"] for c in cases),
        "median_difference": differences[len(differences) // 2],
        "largest_difference": differences[-1],
        "machine_factor": factor,
        "factor_per_framework": per_framework,
        # The machine reference, timed in both runs: second/first, per framework's process.
        "reference_factor": {
            fw: speed_b[fw] / speed_a[fw] for fw in per_framework if fw in speed_a and fw in speed_b
        },
        "inside_relative": None if None in relative else sum(relative),
    }
