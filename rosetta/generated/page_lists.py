"""Two lists generated from the pages and the navigation, never typed.

- `<!-- rosetta:topics -->` becomes a table of every page in `nav`, in navigation order,
  each with its one-line description from `extra.topics` in mkdocs.yml. The build fails,
  naming the page, when a page in `nav` has no description or a description names a page
  that is not in `nav`, so the table cannot drift from the navigation.
- `<!-- rosetta:cited-claims -->` becomes a table of every claim that the site cites
  instead of checking: each footnote definition `[^slug]: source, as of Month YYYY.` on any
  page, with the sentence (or table cell) that refers to it. tests/test_pages.py checks the
  footnotes' form.

Both markers belong on top-level pages (the home page and About): links are written
relative to docs/.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

import yaml

from rosetta.harness import DOCS, REPO
from rosetta.i18n import ZH

TOPICS_MARKER = "<!-- rosetta:topics -->"
CLAIMS_MARKER = "<!-- rosetta:cited-claims -->"
HOME = "index.md"

# A definition is one line at the left margin; a reference is the same label anywhere else.
FOOTNOTE_DEFINITION = re.compile(r"^\[\^(?P<slug>[^\]\s]+)\]:[ \t]*(?P<text>.*)$", re.M)
FOOTNOTE_REFERENCE = re.compile(r"\[\^(?P<slug>[^\]\s]+)\](?!:)")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
LIST_ITEM = re.compile(r"\s*(?:[-*]|\d+\.)\s+\S")
# What starts a line but is not part of the claim: indentation, a list marker, an admonition.
BLOCK_PREFIX = re.compile(r"^\s*(?:(?:[-*]|\d+\.)(?=\s)|!!!.*|\?\?\?.*)?\s*")
# The end of a sentence: . ! or ? and white space, or a Chinese full stop (。!?, which
# no space follows), after any footnote references.
SENTENCE_END = re.compile(r"[.!?](?:\[\^[^\]\s]+\])*\s+|[。!?](?:\[\^[^\]\s]+\])*")


class TopicsError(ValueError):
    """The navigation and the topic descriptions disagree; the message says how to fix it."""


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without constructing its `!!python/...` objects."""


_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda *_: None)


CONFIG_FILES = {"en": "mkdocs.yml", "zh": "mkdocs.zh.yml"}


def _merged(base: dict, override: dict) -> dict:
    """MkDocs' INHERIT: mappings merge key by key, anything else is replaced."""
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            merged[key] = _merged(base[key], value)
        else:
            merged[key] = value
    return merged


def site_config(language: str = "en") -> dict:
    """The edition's MkDocs config as MkDocs reads it, INHERIT resolved."""
    config = yaml.load((REPO / CONFIG_FILES[language]).read_text(), Loader=_ConfigLoader)
    parent = config.pop("INHERIT", None)
    if parent:
        base = yaml.load((REPO / parent).read_text(), Loader=_ConfigLoader)
        config = _merged(base, config)
    return config


def nav_pages(nav: list) -> list[tuple[str, str]]:
    """(title, path) of every page in a raw `nav` list, in order; section titles skipped."""
    pages = []
    for item in nav or []:
        if isinstance(item, str):
            pages.append((posixpath.splitext(posixpath.basename(item))[0], item))
            continue
        for title, value in item.items():
            if isinstance(value, list):
                pages += nav_pages(value)
            elif isinstance(value, str) and "://" not in value:
                pages.append((title, value))
    return pages


def check_topics(nav: list, topics: dict) -> None:
    """Every page in `nav` but the home page has a description, and only those do."""
    pages = [path for _, path in nav_pages(nav) if path != HOME]
    missing = [path for path in pages if not str((topics or {}).get(path) or "").strip()]
    stale = sorted(set(topics or {}) - set(pages))
    problems = [
        f"docs/{path} is in `nav` but has no description. Add one line under "
        f"`extra: topics:` in mkdocs.yml, for example `{path}: what the page compares`; "
        "the home page's topic table shows it."
        for path in missing
    ] + [
        f"mkdocs.yml `extra: topics:` describes {path}, which is not in `nav`. Remove the "
        "line, or add the page to `nav`."
        for path in stale
    ]
    if problems:
        raise TopicsError("\n".join(problems))


def topics_table(nav: list, topics: dict, from_page: str = HOME) -> str:
    """The Markdown table of every page in `nav` except the home page, in nav order."""
    check_topics(nav, topics)
    base = posixpath.dirname(from_page)
    rows = ["| Topic | What it covers |", "| --- | --- |"]
    for title, path in nav_pages(nav):
        if path == HOME:
            continue
        link = posixpath.relpath(path, base) if base else path
        rows.append(f"| [{title}]({link}) | {str(topics[path]).strip()} |")
    return "\n".join(rows)


def _outside_fences(text: str) -> str:
    """The text with every fenced block blanked, so code never counts as a footnote."""
    lines, fence = text.splitlines(), None
    for number, line in enumerate(lines):
        match = FENCE.match(line)
        if fence:
            if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
                fence = None
            lines[number] = ""
        elif match:
            fence = match.group(1)
            lines[number] = ""
    return "\n".join(lines)


def footnote_definitions(text: str) -> list[tuple[int, str, str]]:
    """(line, slug, text) of each footnote definition outside code blocks."""
    prose = _outside_fences(text)
    return [
        (prose.count("\n", 0, m.start()) + 1, m["slug"], m["text"].strip())
        for m in FOOTNOTE_DEFINITION.finditer(prose)
    ]


def footnote_references(text: str) -> list[tuple[int, str]]:
    """(line, slug) of each footnote reference outside code blocks and definitions."""
    prose = FOOTNOTE_DEFINITION.sub("", _outside_fences(text))
    return [
        (prose.count("\n", 0, m.start()) + 1, m["slug"]) for m in FOOTNOTE_REFERENCE.finditer(prose)
    ]


def _plain(markdown: str) -> str:
    """Claim text for a table cell: no footnote references, links reduced to their text."""
    text = FOOTNOTE_REFERENCE.sub("", markdown)
    text = MARKDOWN_LINK.sub(r"\1", text).replace("**", "")
    return re.sub(r"\s+", " ", text).strip().replace("|", "\\|")


def _block_around(lines: list[str], index: int) -> str:
    """The paragraph or list item holding line `index`, joined into one line."""

    def joins_previous(i: int) -> bool:
        return bool(lines[i - 1].strip()) and not LIST_ITEM.match(lines[i])

    start = index
    while start > 0 and joins_previous(start):
        start -= 1
    stop = index + 1
    while stop < len(lines) and joins_previous(stop) and lines[stop].strip():
        stop += 1
    parts = [BLOCK_PREFIX.sub("", line) for line in lines[start:stop]]
    return " ".join(part for part in parts if part)


def claim_for(text: str, slug: str) -> str:
    """The sentence, or table cell, that refers to footnote `slug` first."""
    lines = FOOTNOTE_DEFINITION.sub("", _outside_fences(text)).splitlines()
    mark = f"[^{slug}]"
    for index, line in enumerate(lines):
        if mark not in line:
            continue
        if line.lstrip().startswith("|"):
            cells = [cell.strip() for cell in line.strip().strip("|").split(" | ")]
            cell = next(cell for cell in cells if mark in cell)
            return _plain(cell if cell == cells[0] else f"{cells[0]}: {cell}")
        block = _block_around(lines, index)
        position = block.index(mark)
        ends = [m.end() for m in SENTENCE_END.finditer(block)]
        start = max([end for end in ends if end <= position], default=0)
        stop = min([end for end in ends if end > position], default=len(block))
        return _plain(block[start:stop])
    return ""


def cited_claims_table(docs_dir: Path, nav: list, from_page: str) -> str:
    """One row per footnote on any page: page, claim, and the footnote's source and date."""
    titles = {path: title for title, path in nav_pages(nav)}
    ordered = [path for path in titles if path.endswith(".md")]
    others = sorted(
        p.relative_to(docs_dir).as_posix()
        for p in docs_dir.rglob("*.md")
        if p.relative_to(docs_dir).as_posix() not in titles
        and not (docs_dir == DOCS and p.is_relative_to(ZH))
    )
    base = posixpath.dirname(from_page)
    rows = ["| Page | Claim | Source |", "| --- | --- | --- |"]
    for path in ordered + others:
        source = docs_dir / path
        if not source.is_file():
            continue
        text = source.read_text()
        definitions = {slug: note for _, slug, note in footnote_definitions(text)}
        first_use = {}
        for line, slug in footnote_references(text):
            first_use.setdefault(slug, line)
        link = posixpath.relpath(path, base) if base else path
        title = titles.get(path, path)
        for slug in sorted(definitions, key=lambda s: first_use.get(s, 10**9)):
            rows.append(
                f"| [{title}]({link}#fnref:{slug}) | {claim_for(text, slug)} "
                f"| {definitions[slug].replace('|', chr(92) + '|')} |"
            )
    if len(rows) == 2:
        return "No page cites a claim yet."
    return "\n".join(rows)


def expand(markdown: str, language: str = "en") -> str:
    if TOPICS_MARKER not in markdown and CLAIMS_MARKER not in markdown:
        return markdown
    config = site_config(language)
    nav, topics = config.get("nav"), (config.get("extra") or {}).get("topics")
    if TOPICS_MARKER in markdown:
        markdown = markdown.replace(TOPICS_MARKER, topics_table(nav, topics))
    if CLAIMS_MARKER in markdown:
        docs_dir = ZH if language == "zh" else DOCS
        markdown = markdown.replace(CLAIMS_MARKER, cited_claims_table(docs_dir, nav, ""))
    return markdown
