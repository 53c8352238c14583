"""Content generated into the pages from recorded data, one module per artefact.

Each module's `expand(markdown)` replaces its `<!-- rosetta:... -->` markers. The Markdown
extension (rosetta.markdown) calls them all, so MkDocs and Zensical build the same pages.
"""

from __future__ import annotations

from rosetta.generated import audit, benchmarks, crossref, page_lists, versions

EXPANDERS = (
    versions.expand,
    crossref.expand,
    benchmarks.expand,
    audit.expand,
    page_lists.expand,
)


def expand_markers(markdown: str) -> str:
    for expand in EXPANDERS:
        markdown = expand(markdown)
    return markdown
