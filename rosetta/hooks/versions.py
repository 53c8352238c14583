"""MkDocs hook: the versions line in the site footer (overrides/partials/copyright.html).

The versions table inside pages comes from the Markdown extension (rosetta.generated.versions),
which Zensical runs too; only the footer needs MkDocs' config.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from rosetta.generated.versions import FOOTER_LABELS, recorded_versions  # noqa: E402


def on_config(config, **kwargs):
    config.extra["recorded_versions"] = recorded_versions()
    config.extra["version_labels"] = FOOTER_LABELS
    return config
