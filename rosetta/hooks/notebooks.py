"""MkDocs hook: a notebook per comparison page and framework, generated at build time.

The notebooks come from the same snippet files and recordings as the page (see
rosetta/notebooks.py) and are written to notebooks/ in the built site; the links under each
page's title come from the rosetta.markdown extension, which Zensical runs too. Under
Zensical, `python -m rosetta notebooks SITE` writes the same files after the build.
Nothing is committed or kept by hand.
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

from rosetta.notebooks import NOTEBOOK_DIR, page_notebooks  # noqa: E402


def on_files(files, config, **kwargs):
    for doc in list(files.documentation_pages()):
        notebooks = page_notebooks(Path(doc.abs_src_path))
        for name, notebook in notebooks.items():
            files.append(
                File.generated(config, f"{NOTEBOOK_DIR}/{name}", content=nbformat.writes(notebook))
            )
    return files


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
