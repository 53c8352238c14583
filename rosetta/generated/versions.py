"""The versions table: which package versions every recorded output came from.

The numbers come from snippets/versions.json, which `make outputs` writes; nothing here is
typed by hand. A page places the table with `<!-- rosetta:versions -->`.
"""

from __future__ import annotations

import json

from rosetta.harness import VERSIONS_FILE

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
FOOTER_LABELS = LABELS[:6]  # the site footer names the first six


def recorded_versions() -> dict:
    return json.loads(VERSIONS_FILE.read_text()) if VERSIONS_FILE.exists() else {}


def table(versions: dict) -> str:
    rows = ["| Package | Version |", "| --- | --- |"]
    rows += [f"| {label} | `{versions.get(name, 'not recorded')}` |" for label, name in LABELS]
    return "\n".join(rows) + f"\n\nRecorded on {versions.get('recorded_on', 'never')}, on CPU."


def expand(markdown: str) -> str:
    if MARKER not in markdown:
        return markdown
    return markdown.replace(MARKER, table(recorded_versions()))
