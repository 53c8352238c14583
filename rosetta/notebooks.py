"""Notebooks generated from the pages: one per comparison page and framework.

A page's notebook for a framework holds, in page order, every snippet file shown in that
framework's tabs, each as one code cell under the page's headings, with the recorded
output stored beside it. Nothing here is kept by hand: the site build writes the notebooks
(rosetta/hooks/notebooks.py) and `tests/test_notebooks.py` executes each one with
nbclient and compares what every cell prints with the recording.

Files of examples marked `isolate` (all three, or the frameworks listed) change
process-wide state (environment variables before a framework starts, worker processes,
switches that cannot be turned off), so in a notebook they cannot share the kernel:
their cell writes the file with `%%writefile` and the next cell runs it with the kernel's
own Python, as a reader would from a terminal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import nbformat

from rosetta.harness import (
    DOCS,
    FRAMEWORKS,
    REPO,
    TAB_LABEL,
    Snippet,
    example_of,
    recorded_versions,
)
from rosetta.i18n import ZH, chinese_pages, english_pages, language_root
from rosetta.pages import Page, all_pages, parse_page

NOTEBOOK_DIR = "notebooks"  # under the built site
HEADING = re.compile(r"^(?P<hashes>#{1,3})\s+(?P<title>.+?)\s*#*\s*$")
KERNEL = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
FRAMEWORK_MODULE = {"pytorch": "torch", "tensorflow": "tensorflow", "jax": "jax"}
SITE_PAGES = "https://framework-rosetta.github.io/framework-rosetta"


@dataclass(frozen=True)
class NotebookSnippet:
    snippet: Snippet
    heading: str  # the page heading the snippet sits under ("" before the first ##)
    isolated: bool


def notebook_name(page: Page, framework: str) -> str:
    return f"{page.path.stem}_{framework}.ipynb"


def page_title(page: Page) -> str:
    for line in page.text.splitlines():
        if m := HEADING.match(line):
            if len(m["hashes"]) == 1:
                return m["title"]
    return page.path.stem


def _headings_by_line(page: Page) -> list[tuple[int, str]]:
    """(line, '## Title') for every heading outside code fences."""
    inside = set()
    for fence in page.fences:
        inside.update(range(fence.line, fence.end_line + 1))
    found = []
    for number, line in enumerate(page.text.splitlines(), start=1):
        if number not in inside and (m := HEADING.match(line)) and len(m["hashes"]) > 1:
            found.append((number, f"{m['hashes']} {m['title']}"))
    return found


def page_snippets(page: Page, framework: str) -> list[NotebookSnippet]:
    """The snippet files shown in this framework's tabs, in page order."""
    label = TAB_LABEL[framework]
    headings = _headings_by_line(page)
    chosen = []
    for fence in page.fences:
        if fence.tab_label != label or fence.language != "python":
            continue
        for target in fence.includes:
            path = REPO / target
            if not (path.suffix == ".py" and path.exists()):
                continue
            snippet = Snippet(path)
            above = [title for line, title in headings if line < fence.line]
            chosen.append(
                NotebookSnippet(
                    snippet,
                    above[-1] if above else "",
                    example_of(snippet).isolates(framework),
                )
            )
    return chosen


def comparison_pages() -> list[Page]:
    return [page for page in all_pages() if page_snippets(page, FRAMEWORKS[0])]


def _stdout(text: str) -> list:
    return [nbformat.v4.new_output("stream", name="stdout", text=text)] if text else []


def build_notebook(page: Page, framework: str) -> nbformat.NotebookNode:
    label = TAB_LABEL[framework]
    versions = recorded_versions()
    shown = FRAMEWORK_MODULE[framework]
    url = f"{SITE_PAGES}/{page.path.relative_to(REPO / 'docs').with_suffix('').as_posix()}/"
    intro = (
        f"# {page_title(page)}: {label}\n\n"
        f"The {label} side of [this page]({url}) of Framework Rosetta, generated from the "
        "same snippet files. Each code cell is one whole file and runs on its own; the "
        f"outputs stored here were recorded with {shown} {versions.get(shown, '?')} on "
        f"{versions.get('recorded_on', '?')}, on CPU."
    )
    cells = [nbformat.v4.new_markdown_cell(intro)]
    last_heading = None
    for item in page_snippets(page, framework):
        if item.heading and item.heading != last_heading:
            cells.append(nbformat.v4.new_markdown_cell(item.heading))
            last_heading = item.heading
        source = item.snippet.path.read_text().rstrip("\n")
        recorded = item.snippet.out_path.read_text() if item.snippet.out_path.exists() else ""
        name = item.snippet.path.name
        if item.isolated:
            cells.append(
                nbformat.v4.new_markdown_cell(
                    f"`{name}` sets process-wide state before its framework starts, so it "
                    "runs in its own interpreter: the first cell writes the file, the second "
                    "runs it."
                )
            )
            cells.append(nbformat.v4.new_code_cell(f"%%writefile {name}\n{source}"))
            run = nbformat.v4.new_code_cell(f"import sys\n\n!{{sys.executable}} {name}")
            run.metadata["rosetta"] = {"runs_file": item.snippet.rel}
            run.outputs = _stdout(recorded)
            cells.append(run)
        else:
            cell = nbformat.v4.new_code_cell(source)
            cell.metadata["rosetta"] = {"snippet": item.snippet.rel}
            cell.outputs = _stdout(recorded)
            cells.append(cell)
    for number, cell in enumerate(cells):
        cell.id = f"cell-{number}"  # nbformat's are random: the same page, the same file
    notebook = nbformat.v4.new_notebook(cells=cells)
    notebook.metadata["kernelspec"] = KERNEL
    notebook.metadata["language_info"] = {"name": "python"}
    notebook.metadata["rosetta"] = {"page": page.rel, "framework": framework}
    return notebook


def page_notebooks(path: Path) -> dict[str, nbformat.NotebookNode]:
    """file name -> notebook for one page; empty when the page has no framework tabs."""
    page = parse_page(path)
    if not page_snippets(page, FRAMEWORKS[0]):
        return {}
    return {notebook_name(page, fw): build_notebook(page, fw) for fw in FRAMEWORKS}


def write_site_notebooks(site: Path, docs_dir: Path = DOCS) -> int:
    """Writes every page's notebooks into a built site's notebooks/ folder.

    MkDocs does this through rosetta/hooks/notebooks.py; Zensical runs no hooks, so
    `make build-zensical` runs it after the build (`python -m rosetta notebooks SITE`).
    """
    folder = site / NOTEBOOK_DIR
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    pages = chinese_pages() if docs_dir == ZH else english_pages()
    for path in pages:
        for name, notebook in page_notebooks(path).items():
            (folder / name).write_text(nbformat.writes(notebook))
            written += 1
    return written


class PageNotFound(Exception):
    """The page being rendered could not be told apart from the others by its title."""


def _title_of(lines: list[str]) -> tuple[int, str] | None:
    for number, line in enumerate(lines):
        if (m := HEADING.match(line)) and len(m["hashes"]) == 1:
            return number, m["title"]
    return None


def page_with_title(title: str, language: str = "en") -> Path | None:
    """The page of that edition whose title (its `# ` heading) is this one."""
    pages = chinese_pages() if language == "zh" else english_pages()
    found = [
        path
        for path in pages
        if (own := _title_of(path.read_text().split("\n"))) and own[1] == title
    ]
    if len(found) > 1:
        names = ", ".join(p.relative_to(REPO).as_posix() for p in found)
        raise PageNotFound(f"{names} share the title {title!r}; give each page its own title")
    return found[0] if found else None


def with_notebook_links(lines: list[str], language: str = "en") -> list[str]:
    """A page's Markdown with its notebook download links under its title.

    A Markdown extension is not told which file it renders, so the page is found by its
    title; titles are unique (the lookup fails, naming both files, when two pages share one).
    """
    title = _title_of(lines)
    if title is None:
        return lines
    number, text = title
    path = page_with_title(text, language)
    if path is None:
        return lines  # not a page from docs/ (a snippet of Markdown rendered elsewhere)
    page = parse_page(path)
    if not page_snippets(page, FRAMEWORKS[0]):
        return lines
    prefix = "../" * path.relative_to(language_root(path)).as_posix().count("/")
    lead = "将本页作为 notebook 运行:" if language == "zh" else "Run this page as a notebook: "
    links = " · ".join(
        f'[{TAB_LABEL[fw]}]({prefix}{NOTEBOOK_DIR}/{name}){{ download="{name}" }}'
        for fw in FRAMEWORKS
        for name in [notebook_name(page, fw)]
    )
    inserted = ["", f"{lead}{links}", "{ .rosetta-notebooks }"]
    return lines[: number + 1] + inserted + lines[number + 1 :]


# ----------------------------------------------------------------------------- running

# The first cell of every run: a clean namespace in the reused kernel, the framework state
# a fresh interpreter would have, and a helper that hands checked values back as NumPy.
_SETUP = """\
import os
os.chdir({workdir!r})  # the previous notebook's directory is gone
%reset -f
import sys
sys.path.insert(0, {repo!r})
from rosetta.harness import load_triton_before_tensorflow, reset_framework_state
load_triton_before_tensorflow()
reset_framework_state()




def _rosetta_watch_deprecations():
    # Recorded, not printed: rosetta.harness.deprecation_error decides. A library may replace
    # the hook (logging.captureWarnings), so it is installed again before every snippet.
    import warnings
    global _rosetta_warnings
    _rosetta_warnings = []

    def record(message, category, filename, lineno, file=None, line=None):
        _rosetta_warnings.append(
            {{"category": category.__name__, "message": str(message),
             "filename": filename, "lineno": lineno}}
        )

    warnings.showwarning = record
    for category in (DeprecationWarning, PendingDeprecationWarning, FutureWarning):
        warnings.filterwarnings("always", category=category)


def _rosetta_keep(path, names):
    import pickle
    from rosetta.harness import to_numpy
    values = {{n: to_numpy(globals()[n]) for n in names if n in globals()}}
    with open(path, "wb") as f:
        pickle.dump({{"values": values, "warnings": _rosetta_warnings}}, f)
    _rosetta_watch_deprecations()


_rosetta_watch_deprecations()
"""

# Shared kernels only: the kernel's framework is imported up front, so its settings are in
# the state compared before and after the page (rosetta.harness.framework_state).
_STATE_BEFORE = """import {module}
from rosetta.harness import framework_state
_rosetta_state_before = framework_state()
"""
_STATE_AFTER = """import pickle
from rosetta.harness import framework_state, leaked_state, reset_framework_state
reset_framework_state()
with open({path!r}, "wb") as f:
    pickle.dump(leaked_state(_rosetta_state_before, framework_state()), f)
"""

# In a Jupyter kernel, TensorFlow's Python logger writes its records to stdout (to stderr
# elsewhere) and jaxprs print in colour; neither is part of what the snippet prints.
_TF_LOG_LINE = re.compile(r"^(?:DEBUG|INFO|WARNING|ERROR):tensorflow:.*\n?", re.M)
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def streamed(cell, name: str) -> str:
    """Everything a cell wrote to one stream ("stdout" or "stderr"), as stored."""
    return "".join(
        out.get("text", "")
        for out in cell.get("outputs", [])
        if out.get("output_type") == "stream" and out.get("name") == name
    )


def printed_in(cell) -> str:
    """What a cell printed to stdout, without framework log lines or terminal colours."""
    return ANSI.sub("", _TF_LOG_LINE.sub("", streamed(cell, "stdout")))


def start_kernel(workdir: str):
    """A Jupyter kernel with the snippets' environment, for run_in_kernel."""
    from jupyter_client.manager import AsyncKernelManager
    from jupyter_core.utils import run_sync

    from rosetta.harness import snippet_env

    manager = AsyncKernelManager(kernel_name=KERNEL["name"])
    run_sync(manager.start_kernel)(env=snippet_env(), cwd=workdir)
    return manager


def stop_kernel(manager) -> None:
    from jupyter_core.utils import run_sync

    run_sync(manager.shutdown_kernel)(now=True)


def _failure(snippet: Snippet, error: dict, ran_alone: bool) -> str:
    lines = ANSI.sub("", "\n".join(error.get("traceback", []))).splitlines()
    where = ""
    for line in lines:  # IPython marks the failing line of the cell with "---->"
        if m := re.match(r"^-+>\s*(\d+)", line.strip()):
            where = f" at line {m[1]}"
    return (
        f"{snippet.rel} raised {error.get('ename')}{where}\n{error.get('evalue')}\n"
        + (
            "It ran after the page's earlier cells in one kernel, as a reader's 'Run all' "
            "does; if it passes alone, it depends on or is broken by their state.\n"
            if not ran_alone
            else ""
        )
        + f"Run it alone to debug: .venv/bin/python {snippet.rel}\n\n"
        + "\n".join(lines[-25:])
    )


def run_in_kernel(
    snippets: list[Snippet], kernel, page: str | None = None, timings: dict | None = None
) -> dict:
    """Runs the snippets as consecutive notebook cells in `kernel`, after a clean start.

    Returns {snippet path: RunResult or SnippetError}. Each cell is followed by a hidden
    one that hands the example's checked values back as NumPy. With `page` (a kernel that
    the next page reuses), a last cell checks that the page leaves no process-wide setting
    changed once reset_framework_state() has run; if it does, its last snippet fails.
    Each RunResult holds its cell's run time; `timings["setup_s"]` gets the set-up cell's
    (the framework import, the first time a kernel runs).
    """
    import pickle
    import tempfile

    from nbclient import NotebookClient

    from rosetta.harness import (
        RunResult,
        SnippetError,
        deprecation_error,
        example_of,
        network_error,
    )
    from rosetta.timing import cell_seconds

    with tempfile.TemporaryDirectory(prefix="rosetta-nb-") as workdir:
        setup = _SETUP.format(workdir=workdir, repo=str(REPO))
        if page:
            setup += _STATE_BEFORE.format(module=FRAMEWORK_MODULE[snippets[0].framework])
        cells = [nbformat.v4.new_code_cell(setup)]
        timeouts = [60]
        placed: list[tuple[int, Snippet, Path]] = []
        for snippet in snippets:
            example = example_of(snippet)
            values = Path(workdir) / f"values-{len(cells)}.pickle"
            placed.append((len(cells), snippet, values))
            cells.append(nbformat.v4.new_code_cell(snippet.path.read_text().rstrip("\n")))
            timeouts.append(example.timeout)
            keep = f"_rosetta_keep({str(values)!r}, {list(example.checked_names)!r})"
            cells.append(nbformat.v4.new_code_cell(keep))
            timeouts.append(60)
        leaks_file = Path(workdir) / "leaks.pickle"
        if page:
            cells.append(nbformat.v4.new_code_cell(_STATE_AFTER.format(path=str(leaks_file))))
            timeouts.append(60)
        notebook = nbformat.v4.new_notebook(cells=cells)
        notebook.metadata["kernelspec"] = KERNEL
        limit = {id(cell): seconds for cell, seconds in zip(cells, timeouts, strict=True)}
        client = NotebookClient(
            notebook,
            km=kernel,
            allow_errors=True,
            interrupt_on_timeout=True,
            timeout_func=lambda cell: limit.get(id(cell), 60),
        )
        client.execute()
        results: dict = {}
        for position, (index, snippet, values) in enumerate(placed):
            cell = notebook.cells[index]
            errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
            if blocked := network_error(snippet, streamed(cell, "stderr")):
                results[snippet.rel] = blocked
            elif errors and errors[0].get("ename") == "KeyboardInterrupt":
                results[snippet.rel] = SnippetError(
                    f"{snippet.rel} ran for more than {limit[id(cell)]} s and was stopped. "
                    "Make it finish faster, or raise its limit with `timeout = N` under "
                    f"[{snippet.example}] in snippets/{snippet.topic}/examples.toml."
                )
            elif errors:
                results[snippet.rel] = SnippetError(_failure(snippet, errors[0], position == 0))
            else:
                kept = pickle.loads(values.read_bytes()) if values.exists() else {}
                warned = deprecation_error(snippet, kept.get("warnings", []))
                results[snippet.rel] = warned or RunResult(
                    printed_in(cell), kept.get("values", {}), cell_seconds(cell)
                )
        if timings is not None:
            timings["setup_s"] = cell_seconds(notebook.cells[0])
        leaks = pickle.loads(leaks_file.read_bytes()) if leaks_file.exists() else []
        last = snippets[-1]
        if leaks and not isinstance(results.get(last.rel), SnippetError):
            results[last.rel] = SnippetError(
                f"{page} leaves process-wide state changed in the {TAB_LABEL[last.framework]} "
                "kernel that the next page reuses, after its last cell "
                f"({last.rel}) and the harness's reset:\n  " + "\n  ".join(leaks) + "\n"
                "Undo the setting in the snippet that changes it, add it to "
                "rosetta.harness.reset_framework_state, or mark that example `fresh_kernel` "
                "in its examples.toml."
            )
    return results


def snippet_pages() -> dict[str, tuple[Page, str]]:
    """snippet path -> (the first page that shows it, its framework)."""
    shown: dict[str, tuple[Page, str]] = {}
    for page in comparison_pages():
        for framework in FRAMEWORKS:
            for item in page_snippets(page, framework):
                shown.setdefault(item.snippet.rel, (page, framework))
    return shown


def page_groups() -> dict[str, str]:
    """example id -> the page that shows it, so one xdist worker runs a page's notebooks."""
    groups: dict[str, str] = {}
    for rel, (page, _) in snippet_pages().items():
        groups.setdefault(Snippet(REPO / rel).example_id, page.rel)
    return groups
