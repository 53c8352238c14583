"""The generated notebooks: linked from every comparison page, and each one executes.

The suite runs every snippet inside its page's notebook (tests/conftest.py): cells in
order, one Jupyter kernel per framework, as a reader's "Run all" does. That catches a
snippet whose process-wide settings leak into the cells after it. These tests check that
each page offers its notebooks and that every notebook ran through. The tutorials, which
are stored with their outputs, are checked against their percent-format sources and against
the recording of the training snippet they teach (rosetta/tutorials.py).
"""

from __future__ import annotations

import copy
import re

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
)
from rosetta.tutorials import REFRESH_COMMAND as TUTORIAL_REFRESH
from rosetta.tutorials import TUTORIAL_LIST, site_links, stale_reasons

PAGES = comparison_pages()
TUTORIAL_GROUP = pytest.mark.xdist_group("site")  # reads the site built for test_site.py
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
    pytest.param(tutorial, fw, id=f"tutorial-{tutorial.name}-{fw}", marks=TUTORIAL_GROUP)
    for tutorial in TUTORIAL_LIST
    for fw in FRAMEWORKS
]


@pytest.mark.parametrize("tutorial, framework", TUTORIAL_CASES)
def test_tutorial_notebook_shows_what_its_source_does_today(tutorial, framework):
    path = tutorial.notebook(framework)
    where = path.relative_to(REPO)
    fix = f"Regenerate the tutorials with: {TUTORIAL_REFRESH}"
    assert path.exists(), f"{where} is missing. {fix}"
    stored = nbformat.read(path, as_version=4)
    nbformat.validate(stored)
    reasons = stale_reasons(tutorial, framework, stored)
    assert not reasons, f"{where} is stale: " + "; ".join(reasons) + f". {fix}"


@pytest.mark.parametrize("tutorial, framework", TUTORIAL_CASES)
def test_tutorial_is_a_tutorial(tutorial, framework):
    """Prose between the steps, not a script cut into cells; and a way on at the end."""
    cells = nbformat.read(tutorial.notebook(framework), as_version=4).cells
    where = tutorial.source(framework).relative_to(REPO)
    code_cells = [n for n, cell in enumerate(cells) if cell.cell_type == "code"]
    unexplained = [n for n in code_cells if n == 0 or cells[n - 1].cell_type != "markdown"]
    assert not unexplained, (
        f"{where}: code cells {unexplained} follow no prose; put a `# %% [markdown]` cell "
        "before each step saying why it is done that way"
    )
    headings = [
        line
        for cell in cells
        if cell.cell_type == "markdown"
        for line in cell.source.splitlines()
        if line.startswith("#")
    ]
    assert headings and headings[0].startswith("# "), f"{where} does not open with a title"
    assert headings[-1] == "## What to try next", (
        f"{where} should end with a `## What to try next` section"
    )


@pytest.mark.parametrize("tutorial, framework", TUTORIAL_CASES)
def test_tutorial_page_shows_figures_and_working_links(tutorial, framework, built_site):
    page = built_site / "tutorials" / tutorial.notebook(framework).stem / "index.html"
    where = tutorial.notebook(framework).relative_to(REPO)
    assert page.exists(), f"{where} was not rendered by mkdocs-jupyter into {page}"
    html = page.read_text()
    assert html.count('src="data:image/png') >= tutorial.figures, (
        f"{where}: the rendered page does not show the figures the notebook stores"
    )
    last_line = Snippet(tutorial.snippet(framework)).out_path.read_text().strip().splitlines()[-1]
    assert last_line in html, f"{where}: the rendered page does not show the stored outputs"
    links = re.findall(r'href="(\.\./[^"#]*)', html)
    broken = sorted(
        {
            link
            for link in links
            if not (page.parent / link / "index.html").resolve().exists()
            and not (page.parent / link).resolve().is_file()
        }
    )
    assert not broken, f"{where}: the rendered page links to pages that do not exist: {broken}"


def test_stale_tutorial_notebooks_are_caught():
    """Each kind of stale notebook gives its own reason (the check above cannot pass blindly)."""
    tutorial, framework = TUTORIAL_LIST[0], "pytorch"
    stored = nbformat.read(tutorial.notebook(framework), as_version=4)
    assert stale_reasons(tutorial, framework, stored) == []

    def reasons_after(change) -> str:
        broken = copy.deepcopy(stored)
        change(broken)
        return " ".join(stale_reasons(tutorial, framework, broken))

    code = [cell for cell in stored.cells if cell.cell_type == "code"]
    last_code = stored.cells.index(code[-1])
    training = next(n for n, c in enumerate(stored.cells) if "for epoch in" in c.source)

    def edit_code(nb):
        nb.cells[last_code].source += "\nprint('added')"

    def other_versions(nb):
        nb.metadata["rosetta"]["versions"]["torch"] = "0.0.1"

    def drop_figures(nb):
        for cell in nb.cells:
            cell["outputs"] = [o for o in cell.get("outputs", []) if "data" not in o]

    def change_printed(nb):
        out = next(o for o in nb.cells[training].outputs if o.output_type == "stream")
        out.text = out.text.replace("epoch  3", "epoch  4", 1)

    def add_deprecation(nb):
        nb.cells[last_code].outputs.append(
            nbformat.v4.new_output(
                "stream",
                name="stderr",
                text="/x/y.py:3: FutureWarning: `old_call` is deprecated\n  old_call()\n",
            )
        )

    assert "are not docs/tutorials/digits_pytorch.py as it stands" in reasons_after(edit_code)
    assert "other versions of torch" in reasons_after(other_versions)
    assert "stores 0 figures" in reasons_after(drop_figures)
    assert "epoch  3" in reasons_after(change_printed)
    assert "FutureWarning: `old_call` is deprecated" in reasons_after(add_deprecation)


def test_tutorial_links_to_a_missing_page_name_the_file():
    source = TUTORIAL_LIST[0].source("jax")
    assert site_links("[Training](../training.md#keeping-the-best-epoch)", source) == (
        "[Training](../../training/#keeping-the-best-epoch)"
    )
    assert site_links("[JAX](digits_jax.ipynb)", source) == "[JAX](../../tutorials/digits_jax/)"
    with pytest.raises(
        FileNotFoundError, match="docs/tutorials/digits_jax.py: the link ../trainng.md"
    ):
        site_links("[Training](../trainng.md)", source)
