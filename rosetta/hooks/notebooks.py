"""MkDocs hook: a notebook per comparison page and framework, generated at build time.

The notebooks come from the same snippet files and recordings as the page (see
rosetta/notebooks.py), are written to notebooks/ in the built site, and each page links its
three notebooks under its title. Nothing is committed or kept by hand.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat
from mkdocs.structure.files import File

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from rosetta.harness import FRAMEWORKS, TAB_LABEL  # noqa: E402
from rosetta.notebooks import NOTEBOOK_DIR, page_notebooks  # noqa: E402

_names_by_page: dict[str, list[str]] = {}


def on_files(files, config, **kwargs):
    _names_by_page.clear()
    for doc in list(files.documentation_pages()):
        notebooks = page_notebooks(Path(doc.abs_src_path))
        _names_by_page[doc.src_uri] = list(notebooks)
        for name, notebook in notebooks.items():
            files.append(
                File.generated(config, f"{NOTEBOOK_DIR}/{name}", content=nbformat.writes(notebook))
            )
    return files


def on_page_markdown(markdown, page, config, files, **kwargs):
    names = _names_by_page.get(page.file.src_uri)
    if not names:
        return markdown
    depth = page.file.src_uri.count("/")
    prefix = "../" * depth
    links = " · ".join(
        f'[{TAB_LABEL[fw]}]({prefix}{NOTEBOOK_DIR}/{name}){{ download="{name}" }}'
        for fw, name in zip(FRAMEWORKS, names, strict=True)
    )
    line = f"Run this page as a notebook: {links}\n{{ .rosetta-notebooks }}\n"
    title, _, rest = markdown.partition("\n")
    if not title.startswith("# "):
        return f"{line}\n\n{markdown}"
    return f"{title}\n\n{line}\n{rest}"


# mkdocs-jupyter's template carries a MathJax loader with an empty src and a Mermaid loader
# that would import from cdnjs if a notebook held a diagram. Ours hold neither; drop both
# so the tutorial pages keep the site's promise of no third-party requests.
_EMPTY_SCRIPT = re.compile(r'<script src="">\s*</script>')
_MERMAID_LOADER = re.compile(
    r'<script type="module">(?:(?!</script>).)*?cdnjs\.cloudflare\.com(?:(?!</script>).)*</script>',
    re.S,
)


def on_post_page(output, page, config, **kwargs):
    if not page.file.src_uri.endswith(".ipynb"):
        return output
    return _MERMAID_LOADER.sub("", _EMPTY_SCRIPT.sub("", output))
