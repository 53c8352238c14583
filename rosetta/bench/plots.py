"""Bar charts of benchmark medians with interquartile whiskers, in a light and a dark version."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from rosetta.bench.workloads import WORKLOADS  # noqa: E402

COLORS = {
    ("numpy", "eager"): "#7f7f7f",
    ("pytorch", "eager"): "#f4a582",
    ("pytorch", "compiled"): "#d6604d",
    ("tensorflow", "eager"): "#fdd49e",
    ("tensorflow", "compiled"): "#e08214",
    ("jax", "eager"): "#92c5de",
    ("jax", "compiled"): "#2166ac",
}
LABELS = {"numpy": "NumPy", "pytorch": "PyTorch", "tensorflow": "TensorFlow", "jax": "JAX"}
THEMES = {"light": "#222222", "dark": "#e6e6e6"}


def series(result: dict, workload: str):
    """(framework, mode) -> {size: timing} for one workload."""
    out: dict = {}
    for framework in result["frameworks"]:
        for row in framework["results"]:
            if row["workload"] == workload:
                out.setdefault((framework["framework"], row["mode"]), {})[row["size"]] = row
    return out


def plot_workload(result: dict, workload: str, directory: Path, prefix: str) -> list[Path]:
    data = series(result, workload)
    if not data:
        return []
    sizes = sorted({size for timings in data.values() for size in timings})
    keys = [k for k in COLORS if k in data]
    written = []
    for theme, ink in THEMES.items():
        fig, ax = plt.subplots(figsize=(7, 3.2), dpi=100)
        width = 0.8 / len(keys)
        for i, key in enumerate(keys):
            xs, ys, lo, hi = [], [], [], []
            for j, size in enumerate(sizes):
                row = data[key].get(size)
                if row is None:
                    continue
                xs.append(j + (i - (len(keys) - 1) / 2) * width)
                ys.append(row["median_s"] * 1e3)
                lo.append((row["median_s"] - row["p25_s"]) * 1e3)
                hi.append((row["p75_s"] - row["median_s"]) * 1e3)
            ax.bar(
                xs,
                ys,
                width,
                yerr=[lo, hi],
                color=COLORS[key],
                ecolor=ink,
                capsize=2,
                label=f"{LABELS[key[0]]} {key[1] if key[0] != 'numpy' else ''}".strip(),
            )
        parameter = WORKLOADS[workload].parameter
        ax.set_xticks(range(len(sizes)), [f"{parameter}={s:,}" for s in sizes])
        ax.set_yscale("log")
        ax.set_ylabel("median time (ms, log)")
        ax.set_title(f"{WORKLOADS[workload].title}: {WORKLOADS[workload].description}", fontsize=9)
        for spine in ax.spines.values():
            spine.set_color(ink)
        ax.tick_params(colors=ink)
        ax.yaxis.label.set_color(ink)
        ax.title.set_color(ink)
        legend = ax.legend(
            fontsize=7, ncol=4, frameon=False, loc="upper left", bbox_to_anchor=(0, -0.15)
        )
        for text in legend.get_texts():
            text.set_color(ink)
        fig.patch.set_alpha(0)
        ax.set_facecolor("none")
        fig.tight_layout()
        path = directory / f"{prefix}-{workload}-{theme}.svg"
        fig.savefig(path, format="svg", metadata={"Date": None})
        plt.close(fig)
        written.append(path)
    return written


def plot_all(result: dict, directory: Path, prefix: str) -> list[Path]:
    plt.rcParams["svg.hashsalt"] = "rosetta"  # stable element ids between runs
    # Text as <text>, in the reader's own sans-serif, not as glyph outlines: each chart is a
    # third of the bytes, which a phone on a slow network feels (14 charts on one page).
    plt.rcParams["svg.fonttype"] = "none"
    plt.rcParams["font.family"] = "sans-serif"
    written = []
    for workload in WORKLOADS:
        written += plot_workload(result, workload, directory, prefix)
    return written
