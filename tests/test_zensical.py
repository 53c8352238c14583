"""The site built by Zensical, Material for MkDocs' successor, matches the MkDocs build.

Material for MkDocs reaches end of life on 5 May 2027. Zensical reads the same mkdocs.yml
but runs no MkDocs hooks, so everything a page shows must come from Markdown extensions
(rosetta.markdown). This compares the two builds page by page: the same headings, tab sets,
table rows, code blocks and images in each article.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from rosetta.harness import REPO

# mkdocs-jupyter renders these; Zensical does not render notebooks yet.
NOT_BUILT_BY_ZENSICAL = ("tutorials/",)


def article_outline(html: str) -> dict:
    """What a reader sees in a page's article, as comparable lists."""
    from bs4 import BeautifulSoup

    article = BeautifulSoup(html, "html.parser").select_one("article")
    if article is None:
        return {}

    def text(node) -> str:
        return " ".join(node.get_text(" ", strip=True).replace("¶", "").split())

    return {
        "headings": [f"{h.name} {text(h)}" for h in article.select("h1, h2, h3, h4, h5, h6")],
        "tab sets": [
            [text(label) for label in tabs.select(".tabbed-labels > label")]
            for tabs in article.select(".tabbed-set")
        ],
        "table rows": [text(row) for row in article.select("table tr")],
        "code blocks": [pre.get_text() for pre in article.select("pre")],
        "images": [img.get("src", "").split("#")[0] for img in article.select("img")],
    }


@pytest.fixture(scope="session")
def zensical_site() -> Path:
    result = subprocess.run(
        [
            str(Path(os.sys.executable).with_name("zensical")),
            "build",
            "-f",
            "zensical.yml",
            "--strict",
            "--clean",
        ],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        pytest.fail(
            "`make build-zensical` failed:\n" + result.stdout[-3000:] + result.stderr[-3000:],
            pytrace=False,
        )
    return REPO / "site-zensical"


def _pages(site: Path) -> list[str]:
    return sorted(
        p.relative_to(site).as_posix()
        for p in site.rglob("index.html")
        if not p.relative_to(site).as_posix().startswith(NOT_BUILT_BY_ZENSICAL)
    )


@pytest.mark.xdist_group("site")
def test_zensical_builds_the_same_pages_as_mkdocs(built_site, zensical_site):
    problems = []
    missing = sorted(set(_pages(built_site)) - set(_pages(zensical_site)))
    if missing:
        problems.append(f"pages Zensical did not build: {missing}")
    for page in _pages(built_site):
        if page in missing:
            continue
        ours = article_outline((built_site / page).read_text())
        theirs = article_outline((zensical_site / page).read_text())
        for part, items in ours.items():
            if theirs.get(part) != items:
                first = next(
                    (
                        i
                        for i, (a, b) in enumerate(zip(items, theirs.get(part, []), strict=False))
                        if a != b
                    ),
                    min(len(items), len(theirs.get(part, []))),
                )
                problems.append(
                    f"{page}: {part} differ (MkDocs {len(items)}, Zensical "
                    f"{len(theirs.get(part, []))}; first difference at #{first + 1}). Content "
                    "that a MkDocs hook generates is missing under Zensical: generate it in "
                    "rosetta.markdown instead."
                )
    assert not problems, "\n".join(problems)
