"""`make serve` and `make build` use a light environment (requirements-docs.txt, installed
with requirements.txt as constraints). These tests show it builds the same site as the full
environment: every docs requirement is pinned by the full lock, and a real build imports
nothing the docs environment would lack."""

from __future__ import annotations

import importlib.metadata
import re

import pytest
from packaging.requirements import Requirement

from rosetta.harness import REPO

NAME = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)")


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _names(path) -> list[str]:
    lines = (line.split("#")[0].strip() for line in path.read_text().splitlines())
    return [NAME.match(line)[1] for line in lines if line and not line.startswith("-")]


def _pins() -> dict[str, str]:
    pins = {}
    for line in (REPO / "requirements.txt").read_text().splitlines():
        if m := re.match(r"^([A-Za-z0-9._-]+)==([^\s#]+)", line):
            pins[_key(m[1])] = m[2]
    return pins


# Imported when installed, skipped when not: the full environment has them, the light one
# need not. Building in both gave the same HTML (December 2026).
OPTIONAL = {
    "setuptools": "its _distutils_hack .pth file loads at start-up in any venv that has it",
    "msgpack": "jupyter_client.session tries it for message packing",
    "tinycss2": "bleach's CSS sanitizer, which nbconvert loads only if tinycss2 is present",
}


def _closure(names: list[str]) -> set[str]:
    """The distributions pip installs for `names` (run-time requirements, no extras)."""
    seen, todo = set(), [_key(n) for n in names]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for spec in importlib.metadata.distribution(name).requires or []:
            requirement = Requirement(spec)
            if requirement.marker and not requirement.marker.evaluate({"extra": ""}):
                continue
            todo.append(_key(requirement.name))
    return seen


def test_every_docs_requirement_is_pinned_by_the_full_lock():
    pins = _pins()
    unpinned = [n for n in _names(REPO / "requirements-docs.txt") if _key(n) not in pins]
    assert not unpinned, (
        f"requirements-docs.txt names {unpinned}, which requirements.txt does not pin, so the "
        "light environment could build with another version. Add the pin to requirements.txt."
    )


@pytest.mark.xdist_group("site")
def test_the_site_build_needs_only_the_docs_environment(site_build_imports):
    used = {_key(d) for d in site_build_imports}
    available = _closure(_names(REPO / "requirements-docs.txt"))
    missing = sorted(used - available - set(OPTIONAL))
    assert not missing, (
        f"building the site imports {missing}, which requirements-docs.txt does not bring in: "
        "`make serve` would fail in its light environment. Add the package there (its pin "
        "comes from requirements.txt)."
    )
