"""The benchmark tables, from docs/assets/benchmarks/{cpu,gpu}.json.

`make bench` writes the JSON and the plots; this module only formats them, so every figure on
the page comes from a recorded run. Markers: `<!-- rosetta:bench:cpu -->`,
`<!-- rosetta:bench:gpu -->`, `<!-- rosetta:bench-summary:cpu -->` (one row per workload,
relative to NumPy), `<!-- rosetta:bench-claims:cpu -->` and `<!-- rosetta:bench-repeat:cpu -->`
(how a second run, `<device>-repeat.json`, agrees).
"""

from __future__ import annotations

import json
import re

from rosetta.bench.agreement import agreement
from rosetta.bench.workloads import COMPILER, WORKLOADS
from rosetta.harness import DOCS

RESULTS = DOCS / "assets" / "benchmarks"
MARKER = re.compile(
    r"<!-- rosetta:bench(?P<kind>|-summary|-claims|-repeat):(?P<device>cpu|gpu) -->"
)
LABELS = {"numpy": "NumPy", "pytorch": "PyTorch", "tensorflow": "TensorFlow", "jax": "JAX"}


def load(device: str, suffix: str = "") -> dict | None:
    path = RESULTS / f"{device}{suffix}.json"
    return json.loads(path.read_text()) if path.exists() else None


def _ms(seconds: float) -> str:
    ms = seconds * 1e3
    return f"{ms:,.3f}" if ms < 1 else f"{ms:,.2f}" if ms < 100 else f"{ms:,.0f}"


def rows(result: dict, workload: str):
    for framework in result["frameworks"]:
        for row in framework["results"]:
            if row["workload"] == workload:
                yield framework["framework"], row


def find(result: dict, workload: str, framework: str, mode: str, size=None) -> dict | None:
    matches = [
        r
        for fw, r in rows(result, workload)
        if fw == framework and r["mode"] == mode and (size is None or r["size"] == size)
    ]
    return max(matches, key=lambda r: r["size"]) if matches else None


def reference_gflops(result: dict) -> float | None:
    """This machine's measured matmul peak: the best NumPy (BLAS) float32 matmul rate."""
    rates = [r["flops"] / r["median_s"] / 1e9 for fw, r in rows(result, "matmul") if fw == "numpy"]
    return max(rates) if rates else None


def compile_cost(result: dict) -> list[str]:
    """'PyTorch (torch.compile) 0.14–6.3 s' for each framework with a compiled mode."""
    ranges = []
    for framework in result["frameworks"]:
        costs = [r["compile_s"] for r in framework["results"] if r["mode"] == "compiled"]
        if costs:
            name = framework["framework"]
            ranges.append(
                f"{LABELS[name]} (`{COMPILER[name]}`) {_seconds(min(costs))}–"
                f"{_seconds(max(costs))} s"
            )
    return ranges


def _seconds(value: float) -> str:
    return f"{value:.2f}" if value < 1 else f"{value:.1f}"


def section(result: dict, device: str) -> str:
    machine, versions = result["machine"], result["versions"]
    peak = reference_gflops(result)
    out = [
        f"Measured on {result['date']}: **{machine['cpu']}**, {machine['cores']} cores"
        + (f", GPU **{machine['gpu']}**" if machine.get("gpu") else ", no GPU")
        + f"; Python {machine['python']}; PyTorch {versions['torch']}, TensorFlow "
        f"{versions['tensorflow']}, JAX {versions['jax']}, NumPy {versions['numpy']}. "
        f"The whole run took {result['wall_seconds']:.0f} s.",
        "",
        "Thread settings as each framework reported them: "
        + "; ".join(
            f"{LABELS[f['framework']]}: "
            + (", ".join(f"{k}={v}" for k, v in f["threads"].items()) or "defaults")
            for f in result["frameworks"]
        )
        + ".",
        "",
    ]
    compile_ranges = compile_cost(result)
    if compile_ranges:
        out += [
            "Cost of compiling, from empty caches (first call minus the steady-state "
            "median), across the workloads: " + "; ".join(compile_ranges) + ".",
            "",
        ]
    if peak:
        out += [
            f"Calibrated reference: NumPy's float32 matmul (OpenBLAS) reached "
            f"**{peak:.1f} GFLOP/s** here; matmul rates below are also given as a fraction "
            "of it.",
            "",
        ]
    for workload, spec in WORKLOADS.items():
        present = list(rows(result, workload))
        if not present:
            continue
        out += [f"### {spec.title}", "", f"{spec.description}. {dtypes_line(present)}", ""]
        image = RESULTS / f"{device}-{workload}-light.svg"
        base = f"assets/benchmarks/{device}-{workload}"
        if image.exists():
            # Lazy: a chart loads when scrolled near, and the other theme's never does.
            # The size (the SVG's 504 x 230.4 pt) reserves its box, so nothing shifts.
            size = "{ loading=lazy decoding=async width=672 height=307 }"
            out += [
                f"![{spec.title} timings]({base}-light.svg#only-light){size}",
                f"![{spec.title} timings]({base}-dark.svg#only-dark){size}",
                "",
            ]
        parameter = spec.parameter
        extra = " | GFLOP/s | of peak" if workload == "matmul" else ""
        out += [
            f"| {parameter} | Framework | Mode | Median ms | IQR ms | First call ms{extra} |",
            "| --- | --- | --- | ---: | ---: | ---: |" + (" ---: | ---: |" if extra else ""),
        ]
        for framework, row in sorted(present, key=lambda fr: (fr[1]["size"], fr[0], fr[1]["mode"])):
            mode = row["mode"] if framework != "numpy" else "baseline"
            if row["mode"] == "compiled":
                mode = f"compiled ({COMPILER[framework]})"
            line = (
                f"| {row['size']:,} | {LABELS[framework]} | {mode} | {_ms(row['median_s'])} "
                f"| {_ms(row['p25_s'])}–{_ms(row['p75_s'])} | {_ms(row['first_call_s'])} |"
            )
            if extra:
                rate = row["flops"] / row["median_s"] / 1e9
                line += f" {rate:.1f} | {rate / peak:.0%} |" if peak else " | |"
            out.append(line)
        out.append("")
    return "\n".join(out)


def dtypes_line(present: list) -> str:
    """What the frameworks computed in, as each reported it (the harness refuses a mix)."""
    dtypes = sorted(
        {dtype for _, row in present for dtype in [*row["input_dtypes"], row["result_dtype"]]}
    )
    devices = sorted({device for _, row in present for device in row["device"]})
    return (
        f"Every framework computed in {', '.join(dtypes)} on {', '.join(devices).upper()}, "
        "as each reported for its inputs and result."
    )


def _largest_size(result: dict, workload: str) -> int:
    return max(row["size"] for _, row in rows(result, workload))


def summary(result: dict) -> str:
    """One row per workload at its largest size: each framework and mode against NumPy."""
    columns = [
        (fw, mode) for fw in ("pytorch", "tensorflow", "jax") for mode in ("eager", "compiled")
    ]
    header = (
        "| Workload | NumPy | " + " | ".join(f"{LABELS[fw]} {mode}" for fw, mode in columns) + " |"
    )
    lines = [header, "| --- | ---: |" + " ---: |" * len(columns)]
    for workload, spec in WORKLOADS.items():
        if not list(rows(result, workload)):
            continue
        size = _largest_size(result, workload)
        baseline = find(result, workload, "numpy", "eager", size)
        cells = []
        for framework, mode in columns:
            row = find(result, workload, framework, mode, size)
            if row is None:
                cells.append("—")
            elif baseline:
                cells.append(f"{baseline['median_s'] / row['median_s']:.2f}×")
            else:
                cells.append(f"{_ms(row['median_s'])} ms")
        numpy_cell = f"1× ({_ms(baseline['median_s'])} ms)" if baseline else "no NumPy version"
        name = f"[{spec.title}](#{_slug(spec.title)}), {spec.parameter} = {size:,}"
        lines.append(f"| {name} | {numpy_cell} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _slug(title: str) -> str:
    """The anchor that the toc extension gives a heading."""
    return re.sub(r"[-\s]+", "-", re.sub(r"[^\w\s-]", "", title).strip().lower())


def claims(result: dict) -> str:
    """The seed's JAX-vs-NumPy claim, recomputed from this run."""
    lines = []
    for size in sorted({r["size"] for _, r in rows(result, "matrix_powers")}):
        numpy_row = find(result, "matrix_powers", "numpy", "eager", size)
        jit_row = find(result, "matrix_powers", "jax", "compiled", size)
        if numpy_row and jit_row:
            ratio = numpy_row["median_s"] / jit_row["median_s"]
            lines.append(
                f"| {size:,} | {_ms(numpy_row['median_s'])} | {_ms(jit_row['median_s'])} "
                f"| {ratio:.2f}× |"
            )
    if not lines:
        return "_No matrix-power results recorded._"
    return "\n".join(
        [
            "| n | NumPy ms | `jax.jit` ms | NumPy time / JAX time |",
            "| ---: | ---: | ---: | ---: |",
            *lines,
        ]
    )


def repeatability(result: dict, device: str) -> str:
    repeat = load(device, "-repeat")
    if repeat is None:
        return (
            f"No second {device.upper()} run is committed: `python -m rosetta bench --repeat` "
            f"writes `docs/assets/benchmarks/{device}-repeat.json`."
        )
    report = agreement(result, repeat)
    worst = sorted(report["cases"], key=lambda c: c["difference"], reverse=True)[:5]
    slower = report["machine_factor"]
    outside = report["shared"] - report["inside"]
    explained = report["inside_after_factor"] - report["inside"]
    verdict = (
        "Most of the disagreement is the machine as a whole, not the harness"
        if outside and explained * 2 >= outside
        else "A machine-wide speed change explains little of the disagreement"
    )
    per_framework = ", ".join(
        f"{LABELS.get(fw, fw)} {f:.3f}×" for fw, f in report["factor_per_framework"].items()
    )
    if report["inside_relative"] is not None:
        reference = ", ".join(
            f"{LABELS.get(fw, fw)} {f:.3f}×" for fw, f in report["reference_factor"].items()
        )
        relative = [
            "",
            "The harness also times a fixed reference computation (a NumPy matrix product, "
            "an element-wise chain and a Python loop) at the start and end of every pass, in "
            "every framework's process. In the second run it took "
            f"{reference} its time in the first, measured independently of the cases. "
            "Dividing each sample by the reference timed in its own pass cancels most of the "
            "machine's changes of speed; in those units, "
            f"**{report['inside_relative']} of {report['shared']}** medians lie inside the "
            "other run's interquartile range.",
        ]
    else:
        relative = []
    return "\n".join(
        [
            f"A second full run (`python -m rosetta bench --repeat`, {repeat['date']}, on "
            f"{repeat['machine']['cpu']}) against the results above ({result['date']}, on "
            f"{result['machine']['cpu']}): "
            f"**{report['inside']} of {report['shared']}** medians lie inside the other "
            f"run's interquartile range. Medians differ by {report['median_difference']:.1%} "
            f"(median over all cases) and {report['largest_difference']:.1%} at most.",
            "",
            f"{verdict}: the second run took "
            f"{slower:.3f}× the time of the first across the board (the median ratio over "
            f"all cases; per framework: {per_framework}). With that one machine-wide "
            f"factor divided out, **{report['inside_after_factor']} of {report['shared']}** "
            "lie inside. Ratios between frameworks measured in one run, which is what the "
            "claims on this page rest on, do not depend on that factor.",
            *relative,
            "",
            "The largest differences:",
            "",
            "| Case | This page, ms | Second run, ms | Difference |",
            "| --- | ---: | ---: | ---: |",
            *(
                f"| `{c['case']}` | {_ms(c['first_s'])} | {_ms(c['second_s'])} "
                f"| {c['difference']:.1%} |"
                for c in worst
            ),
        ]
    )


def expand(markdown: str) -> str:
    def replace(match):
        result = load(match["device"])
        if result is None:
            return (
                f"**No {match['device'].upper()} results are committed yet.** They appear "
                f"here once `make bench` has run on a {match['device'].upper()} machine and "
                f"its `docs/assets/benchmarks/{match['device']}.json` is committed."
            )
        if match["kind"] == "-claims":
            return claims(result)
        if match["kind"] == "-summary":
            return summary(result)
        if match["kind"] == "-repeat":
            return repeatability(result, match["device"])
        return section(result, match["device"])

    return MARKER.sub(replace, markdown)
