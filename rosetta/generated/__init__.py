"""Content generated into the pages from recorded data, one module per artefact.

Each module's `expand(markdown)` replaces its `<!-- rosetta:... -->` markers. The Markdown
extension (rosetta.markdown) calls them all, so MkDocs and Zensical build the same pages.
"""

from __future__ import annotations

from rosetta.generated import audit, benchmarks, crossref, page_lists, translation, versions

EXPANDERS = (
    versions.expand,
    benchmarks.expand,
    translation.expand,
)


def expand_markers(markdown: str, language: str = "en") -> str:
    """The page's markers expanded; `language` is the edition's (mkdocs.zh.yml sets zh)."""
    for expand in EXPANDERS:
        markdown = expand(markdown)
    markdown = crossref.expand(markdown, language)
    markdown = audit.expand(markdown, language)  # links to each edition's own pages
    return page_lists.expand(markdown, language)
