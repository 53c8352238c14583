"""Temporary alias: the harness moved to rosetta.harness. Removed in the same change."""

import sys

from rosetta import harness as _harness

sys.modules[__name__] = _harness
