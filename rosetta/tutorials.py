"""End-to-end tutorial notebooks, rendered on the site by mkdocs-jupyter.

`make tutorials` turns each tutorial's snippet file into a notebook (one cell per block of
top-level statements), executes it once in a fresh Jupyter kernel with nbclient, and
writes it with its outputs to docs/tutorials/. The site shows those stored outputs; it
never executes notebooks. tests/test_notebooks.py checks that the cells are still exactly
the snippet file and that together they printed exactly the snippet's checked recording.
"""

from __future__ import annotations

import ast
import hashlib
import sys
import tempfile
from pathlib import Path

import nbformat

from rosetta.harness import DOCS, FRAMEWORKS, REPO, SNIPPETS, TAB_LABEL, recorded_versions
from rosetta.notebooks import KERNEL

TUTORIALS = DOCS / "tutorials"
REFRESH_COMMAND = "make tutorials"

# tutorial name -> (snippet example it is made from, title, the page that explains it)
TUTORIAL_SOURCES = {
    "digits": (
        "training/digits",
        "Train a digits classifier",
        "training.md#training-with-each-frameworks-usual-tools",
    ),
}


def tutorial_path(name: str, framework: str) -> Path:
    return TUTORIALS / f"{name}_{framework}.ipynb"


def source_snippet(name: str, framework: str) -> Path:
    return SNIPPETS / f"{TUTORIAL_SOURCES[name][0]}_{framework}.py"


def split_into_cells(source: str) -> list[str]:
    """Blocks of top-level statements, split where a blank line separates two of them."""
    lines = source.splitlines()
    inside = set()  # lines within a multi-line statement (a function body may hold blanks)
    for node in ast.parse(source).body:
        first = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
        inside.update(range(first + 1, node.end_lineno + 1))
    cells, current = [], []
    for number, line in enumerate(lines, start=1):
        if not line.strip() and number not in inside:
            if current:
                cells.append(current)
                current = []
            continue
        current.append(line)
    if current:
        cells.append(current)
    return ["\n".join(cell).strip("\n") for cell in cells]


def build_tutorial(name: str, framework: str) -> nbformat.NotebookNode:
    example, title, page = TUTORIAL_SOURCES[name]
    source_path = source_snippet(name, framework)
    source = source_path.read_text()
    label = TAB_LABEL[framework]
    intro = (
        f"# {title}: {label}\n\n"
        f"The whole digits example from [Training end to end](../{page}), in {label}, one "
        f"step per cell. The code is `{source_path.relative_to(REPO)}` cut at its blank "
        "lines, nothing added: the site's tests check that the cells still join up to that "
        "file and printed exactly its checked output. It uses scikit-learn's bundled "
        "digits, so it runs offline, on a GPU when there is one and otherwise on the CPU."
    )
    cells = [nbformat.v4.new_markdown_cell(intro)]
    cells += [nbformat.v4.new_code_cell(block) for block in split_into_cells(source)]
    notebook = nbformat.v4.new_notebook(cells=cells)
    notebook.metadata["kernelspec"] = KERNEL
    notebook.metadata["language_info"] = {"name": "python"}
    notebook.metadata["rosetta"] = {
        "source": source_path.relative_to(REPO).as_posix(),
        "source_sha256": hashlib.sha256(source.encode()).hexdigest()[:16],
        "versions": recorded_versions(),
    }
    return notebook


def record(framework_filter: str | None = None) -> int:
    """Builds, executes and writes every tutorial notebook (the `make tutorials` command)."""
    from nbclient import NotebookClient

    from rosetta.harness import snippet_env

    TUTORIALS.mkdir(parents=True, exist_ok=True)
    for name in TUTORIAL_SOURCES:
        for framework in FRAMEWORKS:
            if framework_filter and framework != framework_filter:
                continue
            notebook = build_tutorial(name, framework)
            with tempfile.TemporaryDirectory(prefix="rosetta-tutorial-") as workdir:
                client = NotebookClient(
                    notebook,
                    kernel_name=KERNEL["name"],
                    timeout=600,
                    allow_errors=False,
                    resources={"metadata": {"path": workdir}},
                )
                client.execute(env=snippet_env())
            for cell in notebook.cells:
                cell.get("metadata", {}).pop("execution", None)
            path = tutorial_path(name, framework)
            nbformat.write(notebook, path)
            print(f"wrote {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(record(sys.argv[1] if len(sys.argv) > 1 else None))
