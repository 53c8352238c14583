"""Suite-wide set-up: quiet framework logs before any import, one run per snippet per worker."""

from __future__ import annotations

import os
import subprocess
import sys
import traceback
from pathlib import Path

import pytest

from tests.harness import (
    REPO,
    SNIPPET_ENV,
    Snippet,
    SnippetError,
    example_of,
    run_fresh,
    run_in_process,
)
from tests.pages import INCLUDE

# Must happen before TensorFlow or JAX is imported by any snippet in this worker.
os.environ.update(SNIPPET_ENV)
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's notice would bury build errors


class SnippetRuns:
    """Caches each snippet's run within a worker, so output and parity tests share it."""

    def __init__(self) -> None:
        self._results: dict[str, object] = {}

    def get(self, snippet: Snippet):
        if snippet.rel not in self._results:
            example = example_of(snippet)
            try:
                if example.isolate:
                    keep = example.checked_names
                    self._results[snippet.rel] = run_fresh(snippet, example.timeout, keep)
                else:
                    self._results[snippet.rel] = run_in_process(snippet, example.timeout)
            except SnippetError as error:
                self._results[snippet.rel] = error
            except BaseException as error:  # the snippet itself raised
                if isinstance(error, KeyboardInterrupt):
                    raise
                self._results[snippet.rel] = SnippetError(_describe_failure(snippet, error))
        result = self._results[snippet.rel]
        if isinstance(result, SnippetError):
            pytest.fail(str(result), pytrace=False)
        return result


def _describe_failure(snippet: Snippet, error: BaseException) -> str:
    frames = traceback.extract_tb(error.__traceback__)
    inside = [f for f in frames if f.filename == str(snippet.path)]
    where = f" at line {inside[-1].lineno}: {inside[-1].line}" if inside else ""
    return (
        f"{snippet.rel} raised {type(error).__name__}{where}\n{error}\n"
        f"Run it alone to debug: .venv/bin/python {snippet.rel}\n\n"
        + "".join(traceback.format_exception(error)[-12:])
    )


@pytest.fixture(scope="session")
def snippet_runs() -> SnippetRuns:
    return SnippetRuns()


def pytest_collection_modifyitems(config, items):
    """Fences that only include a snippet are run by the snippet harness, not codeblocks."""
    keep, drop = [], []
    for item in items:
        block = getattr(item, "obj", None)
        code = getattr(block, "code", None)
        lines = [line for line in (code or "").splitlines() if line.strip()]
        if code is not None and lines and all(INCLUDE.match(line) for line in lines):
            drop.append(item)
        else:
            keep.append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The site built once per worker with `mkdocs build --strict`."""
    site = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        pytest.fail(
            "`mkdocs build --strict` failed:\n" + result.stdout[-3000:] + result.stderr[-6000:],
            pytrace=False,
        )
    return site
