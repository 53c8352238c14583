"""MkDocs hook: shows the versions the outputs were recorded with.

The numbers come from snippets/versions.json, which `make outputs` writes. Nothing here is
typed by hand. Pages place a table with the marker `<!-- rosetta:versions -->`.
"""

from __future__ import annotations

import json
from pathlib import Path

VERSIONS_FILE = Path(__file__).resolve().parents[2] / "snippets" / "versions.json"
MARKER = "<!-- rosetta:versions -->"
LABELS = (
    ("Python", "python"),
    ("PyTorch", "torch"),
    ("TensorFlow", "tensorflow"),
    ("Keras", "keras"),
    ("JAX", "jax"),
    ("Flax", "flax"),
    ("Optax", "optax"),
    ("NumPy", "numpy"),
    ("Grain", "grain"),
    ("scikit-learn", "scikit-learn"),
)


def _load() -> dict:
    return json.loads(VERSIONS_FILE.read_text()) if VERSIONS_FILE.exists() else {}


def on_config(config, **kwargs):
    config.extra["recorded_versions"] = _load()
    config.extra["version_labels"] = LABELS[:6]
    return config


def on_page_markdown(markdown, page, config, files, **kwargs):
    if MARKER not in markdown:
        return markdown
    versions = config.extra["recorded_versions"]
    rows = ["| Package | Version |", "| --- | --- |"]
    rows += [f"| {label} | `{versions.get(name, 'not recorded')}` |" for label, name in LABELS]
    table = "\n".join(rows) + f"\n\nRecorded on {versions.get('recorded_on', 'never')}, on CPU."
    return markdown.replace(MARKER, table)
