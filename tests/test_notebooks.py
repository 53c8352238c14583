"""The generated notebooks: linked from every comparison page, and each one executes.

Executing a notebook runs its cells in order in one Jupyter kernel, as a reader's
"Run all" does, so this also catches one snippet's process-wide settings leaking into the
next cell, which the per-snippet runs cannot see. One kernel per framework (and xdist
worker) is reused across notebooks, after `%reset -f` and the harness's state reset:
starting a kernel and importing TensorFlow costs more than most notebooks.
"""

from __future__ import annotations

import difflib
import re
import tempfile

import nbformat
import pytest

from tests.harness import (
    FRAMEWORKS,
    REPO,
    TAB_LABEL,
    Snippet,
    example_of,
    gpu_present,
    snippet_env,
)
from tests.notebooks import NOTEBOOK_DIR, build_notebook, comparison_pages, notebook_name
from tests.tutorials import REFRESH_COMMAND as TUTORIAL_REFRESH
from tests.tutorials import TUTORIAL_SOURCES, source_snippet, split_into_cells, tutorial_path

PAGES = comparison_pages()
ON_GPU = gpu_present()
CASES = [
    pytest.param(page, fw, id=f"{page.path.stem}-{fw}", marks=pytest.mark.xdist_group(f"nb-{fw}"))
    for page in PAGES
    for fw in FRAMEWORKS
]

_RESET = f"""\
import os
os.chdir({{workdir!r}})  # the previous notebook's directory is gone
%reset -f
import sys
sys.path.insert(0, {str(REPO)!r})
from tests.harness import reset_framework_state
reset_framework_state()
"""


def test_every_comparison_page_links_its_notebooks(built_site):
    assert len(PAGES) >= 10, "comparison pages were not found; is tests/pages.py broken?"
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
                "(overrides/hooks/notebooks.py adds the links under the page title)"
            )
            notebook = nbformat.read(built, as_version=4)
            nbformat.validate(notebook)
            for cell in notebook.cells:
                shown = cell.metadata.get("rosetta", {}).get("snippet")
                if shown:
                    assert cell.source == (REPO / shown).read_text().rstrip("\n"), (
                        f"{NOTEBOOK_DIR}/{name}: the cell for {shown} is not the whole file"
                    )


@pytest.fixture(scope="session")
def kernels():
    """One started kernel per framework in this worker, shut down at the end."""
    from jupyter_client.manager import AsyncKernelManager
    from jupyter_core.utils import run_sync

    started = {}
    workdirs = []

    def get(framework: str):
        if framework not in started:
            workdir = tempfile.mkdtemp(prefix=f"rosetta-nb-{framework}-")
            workdirs.append(workdir)
            manager = AsyncKernelManager(kernel_name="python3")
            run_sync(manager.start_kernel)(env=snippet_env(), cwd=workdir)
            started[framework] = manager
        return started[framework]

    yield get
    for manager in started.values():
        run_sync(manager.shutdown_kernel)(now=True)


def _skipped_reason(cell) -> str | None:
    """Why the suite leaves a cell out, or None to run it."""
    meta = cell.metadata.get("rosetta", {})
    if "runs_file" in meta:
        # The same file runs in a fresh interpreter in test_snippets (isolate = true).
        return "isolated"
    shown = meta.get("snippet")
    if shown and example_of(Snippet(REPO / shown)).gpu_only and not ON_GPU:
        return "gpu only"
    return None


def _printed(cell) -> str:
    return "".join(
        out.get("text", "")
        for out in cell.get("outputs", [])
        if out.get("output_type") == "stream" and out.get("name") == "stdout"
    )


# In a Jupyter kernel, TensorFlow's Python logger writes to stdout (to stderr elsewhere) and
# jaxprs print in colour; neither is part of what the snippet prints.
_TF_LOG_LINE = re.compile(r"^WARNING:tensorflow:.*\n?", re.M)
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _printed_by_snippet(cell) -> str:
    return _ANSI.sub("", _TF_LOG_LINE.sub("", _printed(cell)))


@pytest.mark.parametrize("page, framework", CASES)
def test_notebook_runs_and_prints_its_recordings(page, framework, kernels):
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    notebook = build_notebook(page, framework)
    name = notebook_name(page, framework)
    expected = [_printed(cell) for cell in notebook.cells]
    run = [cell.metadata.get("rosetta", {}) for cell in notebook.cells]
    keep = [i for i, cell in enumerate(notebook.cells) if _skipped_reason(cell) is None]
    with tempfile.TemporaryDirectory(prefix="rosetta-nb-") as workdir:
        reset = nbformat.v4.new_code_cell(_RESET.format(workdir=workdir))
        notebook.cells = [reset] + [notebook.cells[i] for i in keep]
        timeouts = [60] + [
            example_of(Snippet(REPO / run[i]["snippet"])).timeout if "snippet" in run[i] else 60
            for i in keep
        ]
        by_cell = {id(cell): t for cell, t in zip(notebook.cells, timeouts, strict=True)}
        client = NotebookClient(
            notebook,
            km=kernels(framework),
            timeout_func=lambda cell: by_cell.get(id(cell), 60),
            allow_errors=False,
        )
        try:
            client.execute()
        except CellExecutionError as error:
            pytest.fail(
                f"{NOTEBOOK_DIR}/{name} (from {page.rel}) raised while running its cells in "
                f"order:\n{str(error)[-3000:]}\nEach cell runs alone (the snippet tests pass); "
                "a cell that fails only here depends on, or breaks, state left by the cells "
                "before it.",
                pytrace=False,
            )
    for cell, index in zip(notebook.cells[1:], keep, strict=True):
        source = run[index].get("snippet")
        if source is None:  # a heading, or the %%writefile cell of an isolated example
            continue
        printed = _printed_by_snippet(cell)
        if printed != expected[index]:
            diff = "".join(
                difflib.unified_diff(
                    expected[index].splitlines(keepends=True),
                    printed.splitlines(keepends=True),
                    fromfile=f"{source} (recorded)",
                    tofile=f"{name} (printed in the notebook)",
                )
            )
            pytest.fail(
                f"{NOTEBOOK_DIR}/{name}: {source} prints something else when run after the "
                f"cells before it in one kernel:\n{diff}",
                pytrace=False,
            )


TUTORIAL_CASES = [
    pytest.param(name, fw, id=f"tutorial-{name}-{fw}")
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
    printed = "".join(_printed(cell) for cell in notebook.cells)
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
