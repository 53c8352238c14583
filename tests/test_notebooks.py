"""The generated notebooks: linked from every comparison page, and each one executes.

The suite runs every snippet inside its page's notebook (tests/conftest.py): cells in
order, one Jupyter kernel per framework, as a reader's "Run all" does. That catches a
snippet whose process-wide settings leak into the cells after it. These tests check that
each page offers its notebooks and that every notebook ran through; the tutorials, which
are stored with their outputs, are checked against the snippet they were made from.
"""

from __future__ import annotations

import difflib

import nbformat
import pytest

from rosetta.harness import (
    FRAMEWORKS,
    REPO,
    TAB_LABEL,
    Snippet,
    example_of,
    gpu_present,
)
from rosetta.notebooks import (
    NOTEBOOK_DIR,
    build_notebook,
    comparison_pages,
    notebook_name,
    printed_in,
)
from rosetta.tutorials import REFRESH_COMMAND as TUTORIAL_REFRESH
from rosetta.tutorials import TUTORIAL_SOURCES, source_snippet, split_into_cells, tutorial_path

PAGES = comparison_pages()
ON_GPU = gpu_present()
# Grouped by page like the snippet tests, so both read the same runs of the notebook.
CASES = [
    pytest.param(page, fw, id=f"{page.path.stem}-{fw}", marks=pytest.mark.xdist_group(page.rel))
    for page in PAGES
    for fw in FRAMEWORKS
]


@pytest.mark.xdist_group("site")  # reads the site built for tests/test_site.py
def test_every_comparison_page_links_its_notebooks(built_site):
    assert len(PAGES) >= 10, "comparison pages were not found; is rosetta/pages.py broken?"
    for page in PAGES:
        html_path = built_site / page.path.relative_to(REPO / "docs").with_suffix("") / "index.html"
        if page.path.name == "index.md":
            html_path = built_site / "index.html"
        html = html_path.read_text()
        for fw in FRAMEWORKS:
            name = notebook_name(page, fw)
            built = built_site / NOTEBOOK_DIR / name
            assert built.exists(), f"{page.rel}: the build wrote no {NOTEBOOK_DIR}/{name}"
            assert f'{NOTEBOOK_DIR}/{name}"' in html, (
                f"{page.rel}: the built page does not link its {TAB_LABEL[fw]} notebook {name} "
                "(rosetta/hooks/notebooks.py adds the links under the page title)"
            )
            notebook = nbformat.read(built, as_version=4)
            nbformat.validate(notebook)
            for cell in notebook.cells:
                shown = cell.metadata.get("rosetta", {}).get("snippet")
                if shown:
                    assert cell.source == (REPO / shown).read_text().rstrip("\n"), (
                        f"{NOTEBOOK_DIR}/{name}: the cell for {shown} is not the whole file"
                    )


@pytest.mark.parametrize("page, framework", CASES)
def test_notebook_runs_top_to_bottom(page, framework, snippet_runs):
    """Every snippet cell of the page's notebook ran, in order, in one kernel, without error.

    The runs are the ones test_snippets compares with the recordings (same worker, same
    cache, the GPU recording on a GPU), so what a cell prints is checked there.
    """
    notebook = build_notebook(page, framework)
    name = notebook_name(page, framework)
    ran = 0
    for cell in notebook.cells:
        shown = cell.metadata.get("rosetta", {}).get("snippet")
        if not shown:
            continue  # headings, and the two cells of an isolated example (run fresh)
        snippet = Snippet(REPO / shown)
        if example_of(snippet).gpu_only and not ON_GPU:
            continue
        snippet_runs.get(snippet)  # fails, naming the file, if the cell raised or hung
        ran += 1
    isolated = sum("runs_file" in c.metadata.get("rosetta", {}) for c in notebook.cells)
    assert ran or isolated, f"{NOTEBOOK_DIR}/{name} has no snippet cells"


TUTORIAL_CASES = [
    pytest.param(name, fw, id=f"tutorial-{name}-{fw}", marks=pytest.mark.xdist_group("site"))
    for name in TUTORIAL_SOURCES
    for fw in FRAMEWORKS
]


@pytest.mark.parametrize("name, framework", TUTORIAL_CASES)
def test_tutorial_is_its_snippet_and_printed_its_recording(name, framework, built_site):
    path = tutorial_path(name, framework)
    where = path.relative_to(REPO)
    fix = f"Regenerate the tutorials with: {TUTORIAL_REFRESH}"
    assert path.exists(), f"{where} is missing. {fix}"
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    source = source_snippet(name, framework)
    code = [cell.source for cell in notebook.cells if cell.cell_type == "code"]
    assert code == split_into_cells(source.read_text()), (
        f"{where}: its cells are no longer {source.relative_to(REPO)} cut at blank lines. {fix}"
    )
    outputs = [out for cell in notebook.cells for out in cell.get("outputs", [])]
    errors = [out for out in outputs if out.output_type == "error"]
    assert not errors, f"{where} stores an error output. {fix}"
    recorded = Snippet(source).out_path.read_text()
    printed = "".join(printed_in(cell) for cell in notebook.cells)
    if printed != recorded:
        diff = "".join(
            difflib.unified_diff(
                recorded.splitlines(keepends=True),
                printed.splitlines(keepends=True),
                fromfile=f"{Snippet(source).out_path.relative_to(REPO)} (checked recording)",
                tofile=f"{where} (stored outputs)",
            )
        )
        pytest.fail(f"{where}: its stored outputs are stale.\n{diff}\n{fix}", pytrace=False)
    rendered = built_site / "tutorials" / path.stem / "index.html"
    assert rendered.exists(), f"{where} was not rendered by mkdocs-jupyter into {rendered.name}"
    last_line = recorded.strip().splitlines()[-1]
    assert last_line.split("|")[-1].strip() in rendered.read_text(), (
        f"{where}: the rendered page does not show the stored outputs"
    )
