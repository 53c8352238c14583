"""The site built by Zensical, Material for MkDocs' successor, matches the MkDocs build.

Material for MkDocs reaches end of life on 5 May 2027. Zensical reads the same mkdocs.yml
but runs no MkDocs hooks, so everything a page shows must come from Markdown extensions
(rosetta.markdown). This compares the two builds page by page: the same headings, tab sets,
table rows, code blocks and images in each article.
"""

from __future__ import annotations

import html
import os
import re
import subprocess
from pathlib import Path

import pytest

from rosetta.harness import REPO
from rosetta.i18n import ZH
from rosetta.notebooks import NOTEBOOK_DIR, write_site_notebooks

# mkdocs-jupyter renders these; Zensical does not render notebooks yet.
NOT_BUILT_BY_ZENSICAL = ("tutorials/", "zh/tutorials/")


TAG = re.compile(r"<[^>]+>")
HEADING = re.compile(r"<(h[1-6])\b[^>]*>(.*?)</\1>", re.S)
TAB_SET = re.compile(r'<div class="tabbed-labels[^"]*">(.*?)</div>', re.S)
LABEL = re.compile(r"<label\b[^>]*>(.*?)</label>", re.S)
ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr>", re.S)
PRE = re.compile(r"<pre\b[^>]*>(.*?)</pre>", re.S)
IMAGE = re.compile(r'<img\b[^>]*?\ssrc="([^"#]*)')
DOWNLOAD = re.compile(r"<a\b[^>]*\bdownload=[^>]*>")
HREF = re.compile(r'\bhref="([^"]*)"')


def _text(fragment: str) -> str:
    return " ".join(html.unescape(TAG.sub(" ", fragment)).replace("¶", "").split())


def article_outline(page: str) -> dict:
    """What a reader sees in a page's article, as comparable lists. Both builds come from
    the same templates and extensions, so their markup is regular enough for patterns, and
    patterns take milliseconds where an HTML parser took seconds per page."""
    start, end = page.find("<article"), page.rfind("</article>")
    if start < 0 or end < 0:
        return {}
    article = page[start:end]
    return {
        "headings": [f"{level} {_text(body)}" for level, body in HEADING.findall(article)],
        "tab sets": [[_text(x) for x in LABEL.findall(s)] for s in TAB_SET.findall(article)],
        "table rows": [_text(row) for row in ROW.findall(article)],
        "code blocks": [html.unescape(TAG.sub("", body)) for body in PRE.findall(article)],
        "images": IMAGE.findall(article),
        "download links": [HREF.search(a)[1] for a in DOWNLOAD.findall(article)],
    }


@pytest.fixture(scope="session")
def zensical_site() -> Path:
    """Both editions, as `make build-zensical` builds them (the Chinese one into zh/)."""
    for config, clean in (("zensical.yml", ["--clean"]), ("zensical.zh.yml", [])):
        result = subprocess.run(
            [str(Path(os.sys.executable).with_name("zensical")), "build", "-f", config]
            + ["--strict", *clean],
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            capture_output=True,
            text=True,
            timeout=300,
        )
        if result.returncode != 0:
            pytest.fail(
                f"`make build-zensical` failed ({config}):\n"
                + result.stdout[-3000:]
                + result.stderr[-3000:],
                pytrace=False,
            )
    site = REPO / "site-zensical"
    # The step `make build-zensical` runs after the builds.
    write_site_notebooks(site)
    write_site_notebooks(site / "zh", ZH)
    return site


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


@pytest.mark.xdist_group("site")
def test_zensical_site_offers_the_same_notebooks(built_site, zensical_site):
    ours = {
        p.relative_to(built_site).as_posix(): p.read_text()
        for p in built_site.glob(f"**/{NOTEBOOK_DIR}/*.ipynb")
    }
    theirs = {
        p.relative_to(zensical_site).as_posix(): p.read_text()
        for p in zensical_site.glob(f"**/{NOTEBOOK_DIR}/*.ipynb")
    }
    assert len(ours) >= 60, "the MkDocs builds wrote too few notebooks; is the hook broken?"
    assert sorted(theirs) == sorted(ours), "the two builds offer different notebooks"
    differing = sorted(name for name in ours if ours[name] != theirs[name])
    assert not differing, f"notebooks that differ between the builds: {differing}"
