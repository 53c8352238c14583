"""The site builds strictly and its pages ask no third-party host for anything."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

LOCAL_HOSTS = ("127.0.0.1", "localhost")


class _RequestCollector(HTMLParser):
    """Collects URLs the browser fetches on load (not links a reader may click)."""

    FETCHING = {
        "script": "src",
        "img": "src",
        "iframe": "src",
        "source": "src",
        "audio": "src",
        "video": "src",
        "embed": "src",
        "object": "data",
    }
    FETCHING_LINK_RELS = {
        "stylesheet",
        "preload",
        "preconnect",
        "dns-prefetch",
        "icon",
        "manifest",
        "modulepreload",
        "prefetch",
    }

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in self.FETCHING and attrs.get(self.FETCHING[tag]):
            self.urls.append(attrs[self.FETCHING[tag]])
        if tag == "link" and self.FETCHING_LINK_RELS & set((attrs.get("rel") or "").split()):
            self.urls.append(attrs.get("href") or "")
        if attrs.get("style"):
            self.urls += re.findall(r"url\(['\"]?([^'\")]+)", attrs["style"])


def _third_party(url: str) -> bool:
    match = re.match(r"^(?:https?:)?//([^/:]+)", url.strip())
    return bool(match) and match.group(1) not in LOCAL_HOSTS


@pytest.mark.xdist_group("site")
def test_strict_build_passes(built_site):
    assert (built_site / "index.html").is_file()


@pytest.mark.xdist_group("site")
def test_pages_request_nothing_from_third_party_hosts(built_site):
    problems = []
    for html in sorted(built_site.rglob("*.html")):
        collector = _RequestCollector()
        collector.feed(html.read_text())
        problems += [
            f"{html.relative_to(built_site)}: loads {url}"
            for url in collector.urls
            if _third_party(url)
        ]
    for css in sorted(built_site.rglob("*.css")):
        problems += [
            f"{css.relative_to(built_site)}: loads {url}"
            for url in re.findall(
                r"(?:@import\s+|url\()['\"]?((?:https?:)?//[^'\")\s]+)", css.read_text()
            )
            if _third_party(url)
        ]
    assert not problems, (
        "Pages must not ask a third-party host for anything (no web fonts, "
        "no CDN). Self-host the asset under docs/assets/:\n  " + "\n  ".join(problems)
    )


@pytest.mark.xdist_group("site")
def test_unwrapped_code_tokens_are_still_unstyled(built_site):
    """rosetta/highlight.py leaves `n` and `w` tokens without their spans; that is only
    safe while no stylesheet of the site gives those classes a look of their own. And the
    filter must be in effect: no Python block of a built page keeps those spans."""
    name_colour = "--md-code-hl-name-color:var(--md-code-fg-color)"
    problems = []
    for css in sorted((built_site / "assets" / "stylesheets").rglob("*.css")):
        text = re.sub(r"\s*([{}:;,])\s*", r"\1", re.sub(r"\s+", " ", css.read_text()))
        for rule in re.findall(r"([^{}]*)\{([^{}]*)\}", text):
            selectors, body = rule
            if re.search(r"\.(?:n|w)(?![\w-])", selectors) and body != (
                "color:var(--md-code-hl-name-color)"
            ):
                problems.append(f"{css.name}: {selectors} {{{body}}}")
        for value in re.findall(r"--md-code-hl-name-color:[^;}]*", text):
            if value != name_colour:
                problems.append(f"{css.name}: {value}")
    assert not problems, (
        "rosetta/highlight.py removes the spans of Pygments tokens `n` and `w` because "
        "Material draws them in the code's own colour; a stylesheet now styles them, so "
        "remove the filter (mkdocs.yml, pymdownx.highlight) or the style:\n  "
        + "\n  ".join(problems)
    )
    tensors = (built_site / "tensors" / "index.html").read_text()
    assert '<span class="n">' not in tensors and '<span class="nb">' in tensors, (
        "Python blocks still carry `n` spans: pymdownx.highlight no longer applies the "
        "filter that mkdocs.yml gives its `python` lexer"
    )


# What Material's bundle does to <html> when it runs; overrides/main.html does it first.
BUNDLE_MARKS_ROOT = (
    'document.documentElement.classList.remove("no-js")',
    'document.documentElement.classList.add("js")',
    'document.documentElement.classList.add("js-focus-visible")',
    'document.documentElement.setAttribute("data-js-focus-visible","")',
)
EARLY_MARKS = (
    'root.classList.replace("no-js", "js")',
    'root.classList.add("js-focus-visible")',
    'root.setAttribute("data-js-focus-visible", "")',
)


@pytest.mark.xdist_group("site")
def test_material_bundle_is_deferred_and_finds_html_already_marked(built_site):
    """overrides/main.html defers the bundle, so its start-up work does not share
    a task with parsing, and overrides/main.html marks <html> as the bundle would, before
    <body>, so the bundle does not restyle the whole page. If Material changes what its
    bundle sets on <html>, update main.html."""
    bundles = list((built_site / "assets" / "javascripts").glob("bundle.*.min.js"))
    assert len(bundles) == 1, bundles
    bundle = bundles[0].read_text()
    missing = [mark for mark in BUNDLE_MARKS_ROOT if mark not in bundle]
    assert not missing, (
        f"Material's {bundles[0].name} no longer does {missing} to <html>; make the early "
        "script in overrides/main.html do exactly what the bundle does"
    )
    problems = []
    for html in sorted(built_site.rglob("index.html")):
        text = html.read_text()
        where = html.relative_to(built_site)
        scripts = re.findall(r'<script src="[^"]*/bundle\.[0-9a-f]+\.min\.js"[^>]*>', text)
        if not scripts:
            problems.append(f"{where}: no script tag loads Material's bundle")
        elif not all(" defer" in tag for tag in scripts):
            problems.append(f"{where}: Material's bundle is not deferred: {scripts}")
        head = text.split("<body", 1)[0]
        if scripts and not all(mark in head for mark in EARLY_MARKS):
            problems.append(f"{where}: <head> does not mark <html> before the bundle runs")
    assert not problems, "\n".join(problems[:10])


@pytest.mark.xdist_group("site")
def test_every_table_arrives_in_its_final_shape(built_site):
    """Tables are wrapped at build time (rosetta/tables.py): a table Material's script would
    still wrap in the browser restyles the page during start-up. The tutorials are
    notebooks rendered by mkdocs-jupyter, whose output tables are not ours."""
    problems = []
    for html in sorted(built_site.rglob("index.html")):
        where = html.relative_to(built_site).as_posix()
        if where.startswith("tutorials/"):
            continue
        for tag in re.findall(r"<table\b[^>]*>", html.read_text()):
            if 'class="rosetta-table"' not in tag:
                problems.append(f"{where}: {tag}")
    assert not problems, (
        "tables the build did not wrap (write generated tables with rosetta.tables.OPEN and "
        "CLOSE):\n  " + "\n  ".join(problems[:10])
    )


@pytest.mark.xdist_group("site")
def test_site_search_indexes_every_cross_reference_call(built_site):
    """Readers search for a call by name (torch.linalg.svd, tf.GradientTape): the offline
    search index must hold every call the cross-reference runs."""
    import json

    from rosetta.crossref import load_rows
    from rosetta.harness import FRAMEWORKS

    docs = json.loads((built_site / "search" / "search_index.json").read_text())["docs"]
    indexed = " ".join(
        d["text"] + " " + d["title"] for d in docs if d["location"].startswith("reference/")
    )
    missing = sorted(
        {
            name
            for row in load_rows()
            for framework in FRAMEWORKS
            if (name := row.primary_call(framework)) and name not in indexed
        }
    )
    assert not missing, (
        f"the search index lacks {len(missing)} cross-reference calls: {missing[:10]}"
    )


@pytest.mark.xdist_group("site")
def test_not_found_page_speaks_both_languages_and_links_both_homes(built_site):
    # The host serves the root 404.html for a missing address in either edition.
    for page, first, homes in (
        ("404.html", "en", ("/framework-rosetta/", "/framework-rosetta/zh/")),
        ("zh/404.html", "zh", ("/framework-rosetta/zh/", "/framework-rosetta/")),
    ):
        html = (built_site / page).read_text()
        sections = re.findall(r'<section lang="(\w+)">\s*<h([12])>(.*?)</h\2>', html)
        assert [(lang, level) for lang, level, _ in sections] == [
            (first, "1"),
            ("zh" if first == "en" else "en", "2"),
        ], f"{page}: {sections}"
        assert "页面不存在" in html and "page not found" in html, page
        links = re.findall(r'<section lang="\w+">.*?<a href="([^"]+)"', html, re.S)
        assert tuple(links) == homes, f"{page}: home links {links}"
