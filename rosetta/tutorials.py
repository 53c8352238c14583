"""End-to-end tutorial notebooks, rendered on the site by mkdocs-jupyter.

Each tutorial is written as a jupytext percent-format file beside its notebook
(docs/tutorials/digits_pytorch.py: `# %% [markdown]` cells of prose between `# %%` cells of
code), so its prose and code are reviewed as text. `make tutorials` turns each source into a
notebook, executes it once in a fresh Jupyter kernel with nbclient, and writes it with its
outputs (printed text and the figures it draws) to docs/tutorials/*.ipynb. The site shows
those stored outputs; it never executes notebooks.

tests/test_notebooks.py checks that every stored notebook is its current source, ran with
the pinned versions and without error, drew its figures, and printed every line of the
training snippet it teaches, whose recording the suite re-checks on every run.

The Chinese edition's tutorial (docs/zh/tutorials/NAME_FRAMEWORK.py) is the same source with
its prose translated: the same cells in the same order, the code cells character for
character. Its notebook is never executed: it is the English notebook, outputs included,
with the Chinese prose in place of the English (`chinese_notebook`), so the two cannot show
different runs. `make tutorials` writes both; `python -m rosetta tutorials zh` rewrites only
the Chinese ones, after a change of translation.
"""

from __future__ import annotations

import hashlib
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import jupytext
import nbformat

from rosetta.harness import (
    DOCS,
    FRAMEWORKS,
    REPO,
    SNIPPETS,
    Snippet,
    deprecations_in,
    pinned_versions,
)
from rosetta.notebooks import KERNEL, printed_in

TUTORIALS = DOCS / "tutorials"
CHINESE_TUTORIALS = DOCS / "zh" / "tutorials"
REFRESH_COMMAND = "make tutorials"
CHINESE_REFRESH_COMMAND = ".venv/bin/python -m rosetta tutorials zh"


@dataclass(frozen=True)
class Tutorial:
    name: str
    # The snippet example that does the same training: the tutorial must print every line
    # of its checked recording, so a change in either shows up as a mismatch.
    example: str
    # Figures the run must draw (one image output per figure).
    figures: int

    def source(self, framework: str) -> Path:
        return TUTORIALS / f"{self.name}_{framework}.py"

    def notebook(self, framework: str) -> Path:
        return TUTORIALS / f"{self.name}_{framework}.ipynb"

    def snippet(self, framework: str) -> Path:
        return SNIPPETS / f"{self.example}_{framework}.py"

    def chinese_source(self, framework: str) -> Path:
        return CHINESE_TUTORIALS / f"{self.name}_{framework}.py"

    def chinese_notebook_path(self, framework: str) -> Path:
        return CHINESE_TUTORIALS / f"{self.name}_{framework}.ipynb"


TUTORIAL_LIST = (Tutorial("digits", example="training/digits", figures=2),)

# A relative link to another page of the site, as written in a tutorial's markdown:
# [text](../training.md#anchor) or [text](digits_jax.ipynb).
_PAGE_LINK = re.compile(r"\]\((?!https?:|#)([^)#\s]+\.(?:md|ipynb))(#[^)\s]*)?\)")


def site_links(markdown: str, where: Path) -> str:
    """Rewrites links to sources (../training.md) as the built site's relative URLs.

    mkdocs-jupyter renders notebooks without MkDocs' link resolution, so a notebook has to
    hold the URL the browser follows: with directory URLs, tutorials/digits_jax/ links to
    training.md as ../../training/. Raises if a link names a file that does not exist.
    """

    root = CHINESE_TUTORIALS.parent if where.is_relative_to(CHINESE_TUTORIALS) else DOCS

    def to_url(match: re.Match) -> str:
        target = (where.parent / match.group(1)).resolve()
        written = target.exists() or (
            target.suffix == ".ipynb" and target.with_suffix(".py").exists()
        )
        if not written:
            raise FileNotFoundError(
                f"{where.relative_to(REPO)}: the link {match.group(1)} names no file in docs/; "
                "link to a page's .md or a tutorial's .ipynb, relative to this file"
            )
        page = target.relative_to(root).with_suffix("")
        own = where.relative_to(root).with_suffix("")
        depth = len(own.parts)  # the page's own URL is one folder deeper than its file
        url = "../" * depth + ("" if page.name == "index" else page.as_posix() + "/")
        return f"]({url}{match.group(2) or ''})"

    return _PAGE_LINK.sub(to_url, markdown)


def build_tutorial(tutorial: Tutorial, framework: str) -> nbformat.NotebookNode:
    """The unexecuted notebook for one tutorial source, with stable cell ids."""
    source_path = tutorial.source(framework)
    text = source_path.read_text()
    notebook = jupytext.reads(text, fmt="py:percent")
    cells = []
    for number, cell in enumerate(notebook.cells):
        if cell.cell_type == "markdown":
            new = nbformat.v4.new_markdown_cell(site_links(cell.source, source_path))
        else:
            new = nbformat.v4.new_code_cell(cell.source)
        new.id = f"{tutorial.name}-{number:02d}"  # stable ids keep re-recordings diffable
        cells.append(new)
    built = nbformat.v4.new_notebook(cells=cells)
    built.metadata["kernelspec"] = KERNEL
    built.metadata["language_info"] = {"name": "python"}
    built.metadata["rosetta"] = {
        "source": source_path.relative_to(REPO).as_posix(),
        "source_sha256": hashlib.sha256(text.encode()).hexdigest()[:16],
        "versions": pinned_versions(),
    }
    return built


def _shown(path: Path) -> Path:
    return path.relative_to(REPO) if path.is_relative_to(REPO) else path


def _cells(source: Path) -> list:
    return jupytext.reads(source.read_text(), fmt="py:percent").cells


def _headings(markdown: str) -> list[str]:
    return [line.split(" ")[0] for line in markdown.splitlines() if line.startswith("#")]


def chinese_drift(tutorial: Tutorial, framework: str) -> list[str]:
    """Where the Chinese source differs from the English one in more than its prose.

    Each problem names both files: a cell added, removed or of another type, a code cell
    that is not the English one character for character, or a markdown cell whose headings
    have other levels.
    """
    english, chinese = tutorial.source(framework), tutorial.chinese_source(framework)
    en, zh = _shown(english), _shown(chinese)
    if not chinese.exists():
        return [
            f"{en} has no Chinese twin {zh}: copy it there, translate its markdown cells, "
            f"then run {CHINESE_REFRESH_COMMAND}"
        ]
    ours, theirs = _cells(english), _cells(chinese)
    kinds = [cell.cell_type for cell in ours], [cell.cell_type for cell in theirs]
    if kinds[0] != kinds[1]:
        return [
            f"{zh} has cells {kinds[1]}, but {en} has {kinds[0]}: the same cells, in the same "
            "order, with only the markdown translated"
        ]
    problems = []
    for number, (a, b) in enumerate(zip(ours, theirs, strict=True), start=1):
        if a.cell_type == "code" and a.source != b.source:
            problems.append(
                f"{zh} cell {number}: its code differs from {en}'s; code is never translated: "
                f"{CHINESE_REFRESH_COMMAND} copies the English cells"
            )
        if a.cell_type == "markdown" and _headings(a.source) != _headings(b.source):
            problems.append(
                f"{zh} cell {number}: headings {_headings(b.source)}, but {en} has "
                f"{_headings(a.source)} there"
            )
    return problems


def chinese_notebook(tutorial: Tutorial, framework: str, english: nbformat.NotebookNode):
    """The English notebook, outputs and all, with the Chinese source's prose."""
    source = tutorial.chinese_source(framework)
    text = source.read_text()
    notebook = nbformat.from_dict(english)
    for cell, translated in zip(notebook.cells, _cells(source), strict=True):
        if cell.cell_type == "markdown":
            cell.source = site_links(translated.source, source)
    notebook.metadata["rosetta"] = {
        **english.metadata.get("rosetta", {}),
        "source": source.relative_to(REPO).as_posix(),
        "source_sha256": hashlib.sha256(text.encode()).hexdigest()[:16],
    }
    return notebook


def chinese_stale_reasons(tutorial: Tutorial, framework: str) -> list[str]:
    """Why the stored Chinese notebook is not the English one with today's translation."""
    stored_path = tutorial.chinese_notebook_path(framework)
    where = stored_path.relative_to(REPO)
    if drift := chinese_drift(tutorial, framework):
        return drift
    if not stored_path.exists() or stored_path.is_symlink():
        return [f"{where} is missing (or is a link to the English notebook)"]
    stored = nbformat.read(stored_path, as_version=4)
    english = nbformat.read(tutorial.notebook(framework), as_version=4)
    if stored != chinese_notebook(tutorial, framework, english):
        return [
            f"{where} is not {tutorial.notebook(framework).relative_to(REPO)} with the prose of "
            f"{tutorial.chinese_source(framework).relative_to(REPO)} as they stand"
        ]
    return []


def copy_english_code(tutorial: Tutorial, framework: str) -> bool:
    """Puts the English source's code cells into the Chinese source, whose cells otherwise
    match, so a change to the tutorial's code is made once. True if the file changed."""
    chinese = tutorial.chinese_source(framework)
    if not chinese.exists():
        return False
    stored = chinese.read_text()
    notebook = jupytext.reads(stored, fmt="py:percent")
    english = _cells(tutorial.source(framework))
    if [c.cell_type for c in english] != [c.cell_type for c in notebook.cells]:
        return False  # a structural change: chinese_drift names it for a person to make
    for ours, theirs in zip(english, notebook.cells, strict=True):
        if ours.cell_type == "code":
            theirs.source = ours.source
    text = jupytext.writes(notebook, fmt="py:percent")
    if text == stored:
        return False
    chinese.write_text(text)
    return True


def write_chinese(framework_filter: str | None = None) -> int:
    """Writes the Chinese notebooks from the stored English ones, after copying the English
    code cells into the Chinese sources; executes nothing."""
    problems = []
    for tutorial in TUTORIAL_LIST:
        for framework in FRAMEWORKS:
            if framework_filter and framework != framework_filter:
                continue
            if copy_english_code(tutorial, framework):
                print(f"copied the English code into {_shown(tutorial.chinese_source(framework))}")
            if drift := chinese_drift(tutorial, framework):
                problems += drift
                continue
            english = nbformat.read(tutorial.notebook(framework), as_version=4)
            path = tutorial.chinese_notebook_path(framework)
            path.unlink(missing_ok=True)  # it may be a link to the English notebook
            nbformat.write(chinese_notebook(tutorial, framework, english), path)
            print(f"wrote {path.relative_to(REPO)}")
    print("\n".join(problems), file=sys.stderr)
    return 1 if problems else 0


def _same_cells(stored: nbformat.NotebookNode, fresh: nbformat.NotebookNode) -> bool:
    def shape(notebook):
        return [(cell.cell_type, cell.source) for cell in notebook.cells]

    return shape(stored) == shape(fresh)


def _missing_in_order(expected: list[str], printed: list[str]) -> list[str]:
    """Lines of `expected` that `printed` does not contain in the same order."""
    missing, position = [], 0
    for line in expected:
        try:
            position = printed.index(line, position) + 1
        except ValueError:
            missing.append(line)
    return missing


def stale_reasons(tutorial: Tutorial, framework: str, stored: nbformat.NotebookNode) -> list[str]:
    """Why a stored tutorial notebook no longer shows what its source does today, if it does not.

    Empty when the notebook is the current source, ran with the pinned versions without an
    error or a deprecation warning, drew its figures, and printed every line of its training
    snippet's checked recording in order.
    """
    source = tutorial.source(framework).relative_to(REPO)
    reasons = []
    if not _same_cells(stored, build_tutorial(tutorial, framework)):
        reasons.append(f"its cells are not {source} as it stands")
    recorded = stored.metadata.get("rosetta", {}).get("versions")
    pinned = pinned_versions()
    if recorded != pinned:
        ran_with = recorded or {}
        changed = sorted(
            k for k in ran_with.keys() | pinned.keys() if ran_with.get(k) != pinned.get(k)
        )
        reasons.append(f"it ran with other versions of {', '.join(changed)} than the pins")
    images = 0
    for number, cell in enumerate(stored.cells, start=1):
        for out in cell.get("outputs", []):
            if out.output_type == "error":
                reasons.append(f"cell {number} stores an error: {out.ename}: {out.evalue}")
            elif out.output_type == "stream" and out.name == "stderr":
                for warning in deprecations_in(out.text):
                    reasons.append(
                        f"cell {number} printed a {warning['category']}: "
                        f"{warning['message'].strip()} (use today's idiom)"
                    )
            elif "image/png" in out.get("data", {}):
                images += 1
    if images < tutorial.figures:
        reasons.append(f"it stores {images} figures; the run draws {tutorial.figures}")
    recording = Snippet(tutorial.snippet(framework)).out_path
    printed = "".join(printed_in(cell) for cell in stored.cells).splitlines()
    missing = _missing_in_order(recording.read_text().splitlines(), printed)
    if missing:
        reasons.append(
            f"it did not print these lines of {recording.relative_to(REPO)}, the checked "
            "recording of the same training, in order:\n  " + "\n  ".join(missing)
        )
    return reasons


def record(framework_filter: str | None = None) -> int:
    """Builds, executes and writes every tutorial notebook (the `make tutorials` command)."""
    from nbclient import NotebookClient

    from rosetta.harness import WATCH_DEPRECATIONS, snippet_env

    # Readers run the notebook without our warning filter: let deprecations show, so the
    # stored outputs (and the test that reads them) see what a reader would.
    env = {**snippet_env(), "PYTHONWARNINGS": WATCH_DEPRECATIONS}
    for tutorial in TUTORIAL_LIST:
        for framework in FRAMEWORKS:
            if framework_filter and framework != framework_filter:
                continue
            notebook = build_tutorial(tutorial, framework)
            with tempfile.TemporaryDirectory(prefix="rosetta-tutorial-") as workdir:
                client = NotebookClient(
                    notebook,
                    kernel_name=KERNEL["name"],
                    timeout=600,
                    allow_errors=False,
                    resources={"metadata": {"path": workdir}},
                )
                client.execute(env=env)
            for cell in notebook.cells:
                cell.get("metadata", {}).pop("execution", None)
            path = tutorial.notebook(framework)
            nbformat.write(notebook, path)
            print(f"wrote {path.relative_to(REPO)}")
    return write_chinese(framework_filter)


if __name__ == "__main__":
    sys.exit(record(sys.argv[1] if len(sys.argv) > 1 else None))
