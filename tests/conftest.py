"""Suite-wide set-up: quiet framework logs before any import, one run per snippet per worker."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
import uuid
from collections import Counter
from pathlib import Path

import pytest

from rosetta import hygiene
from rosetta.harness import (
    REPO,
    SNIPPET_ENV,
    Snippet,
    SnippetError,
    example_of,
    gpu_present,
    load_triton_before_tensorflow,
    run_fresh,
    run_in_process,
)
from rosetta.pages import INCLUDE
from rosetta.timing import SnippetWork, overhead_line

# Must happen before TensorFlow or JAX is imported by any snippet in this worker.
os.environ.update(SNIPPET_ENV)
load_triton_before_tensorflow()  # the crossref rows import all three frameworks here
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's notice would bury build errors


class SnippetRuns:
    """Runs each snippet once per worker, so output, parity and bound tests share the run.

    A snippet shown on a page runs inside that page's notebook for its framework: the
    whole notebook runs top to bottom in one Jupyter kernel (one kernel per framework and
    worker, imports paid once), exactly as a reader's "Run all" does. Examples marked
    `fresh_kernel` run in a kernel of their own per page and framework; examples marked
    `isolate` run in fresh interpreters.
    """

    def __init__(self) -> None:
        self._results: dict[str, object] = {}
        self._kernels: dict[str, object] = {}
        self._workdir = tempfile.mkdtemp(prefix="rosetta-kernels-")
        self._pages = None
        self.work = SnippetWork()  # for the overhead line (rosetta.timing)

    def _page_of(self, snippet: Snippet):
        if self._pages is None:
            from rosetta.notebooks import snippet_pages

            self._pages = snippet_pages()
        return self._pages.get(snippet.rel)

    def _kernel(self, framework: str):
        from rosetta.notebooks import start_kernel

        if framework not in self._kernels:
            self._kernels[framework] = start_kernel(self._workdir)
            self.work.kernels += 1
        return self._kernels[framework]

    def _count(self, results: dict, timings: dict | None = None, isolated=False) -> dict:
        seconds = sum(r.seconds for r in results.values() if not isinstance(r, SnippetError))
        if isolated:
            self.work.isolated_s += seconds
        else:
            self.work.snippet_s += seconds
        setup = (timings or {}).get("setup_s", 0.0)
        self.work.import_s += setup
        test_file = os.environ.get("PYTEST_CURRENT_TEST", "?").split("::")[0]
        self.work.by_file[test_file] += seconds + setup
        return results

    def _run_page(self, page, framework: str) -> None:
        from rosetta.notebooks import page_snippets, run_in_kernel, start_kernel, stop_kernel

        shared, own = [], []
        for item in page_snippets(page, framework):
            example = example_of(item.snippet)
            if example.isolates(framework) or (example.gpu_only and not gpu_present()):
                continue  # isolated files run in fresh interpreters (see get)
            (own if example.fresh_kernel else shared).append(item.snippet)
        if shared:
            timings: dict = {}
            ran = run_in_kernel(shared, self._kernel(framework), page.rel, timings)
            self._results.update(self._count(ran, timings))
        if own:  # as a reader's fresh kernel: these cells set state before any import
            kernel = start_kernel(self._workdir)
            self.work.kernels += 1
            try:
                timings = {}
                self._results.update(
                    self._count(run_in_kernel(own, kernel, None, timings), timings)
                )
            finally:
                stop_kernel(kernel)

    def rerun(self, snippet: Snippet):
        """A second, independent run: a fresh interpreter if isolated, else a clean kernel."""
        from rosetta.notebooks import run_in_kernel, start_kernel, stop_kernel

        example = example_of(snippet)
        if example.isolates(snippet.framework):
            return run_fresh(snippet, example.timeout, example.checked_names)
        if example.fresh_kernel:
            kernel = start_kernel(self._workdir)
            try:
                result = run_in_kernel([snippet], kernel)[snippet.rel]
            finally:
                stop_kernel(kernel)
        else:
            result = run_in_kernel([snippet], self._kernel(snippet.framework))[snippet.rel]
        if isinstance(result, SnippetError):
            pytest.fail(f"second run: {result}", pytrace=False)
        return result

    def get(self, snippet: Snippet):
        if snippet.rel not in self._results:
            example = example_of(snippet)
            try:
                if example.isolates(snippet.framework):
                    keep = example.checked_names
                    result = run_fresh(snippet, example.timeout, keep)
                    self._results[snippet.rel] = result
                    self._count({snippet.rel: result}, isolated=True)
                elif shown_on := self._page_of(snippet):
                    self._run_page(*shown_on)
                else:  # on no page (the orphan check names it): run it on its own
                    self._results[snippet.rel] = run_in_process(snippet, example.timeout)
            except SnippetError as error:
                self._results[snippet.rel] = error
            except BaseException as error:  # the snippet itself raised
                if isinstance(error, KeyboardInterrupt):
                    raise
                self._results[snippet.rel] = SnippetError(_describe_failure(snippet, error))
        result = self._results.get(snippet.rel)
        if result is None:
            pytest.fail(f"{snippet.rel} did not run in its page's notebook", pytrace=False)
        if isinstance(result, SnippetError):
            pytest.fail(str(result), pytrace=False)
        return result

    def close(self) -> None:
        from rosetta.notebooks import stop_kernel

        for kernel in self._kernels.values():
            stop_kernel(kernel)
        shutil.rmtree(self._workdir, ignore_errors=True)


def _describe_failure(snippet: Snippet, error: BaseException) -> str:
    frames = traceback.extract_tb(error.__traceback__)
    inside = [f for f in frames if f.filename == str(snippet.path)]
    where = f" at line {inside[-1].lineno}: {inside[-1].line}" if inside else ""
    return (
        f"{snippet.rel} raised {type(error).__name__}{where}\n{error}\n"
        f"Run it alone to debug: .venv/bin/python {snippet.rel}\n\n"
        + "".join(traceback.format_exception(error)[-12:])
    )


_WORK = SnippetWork()  # this process's snippet work; a worker hands it to the controller


@pytest.fixture(scope="session")
def snippet_runs():
    runs = SnippetRuns()
    yield runs
    runs.close()
    _WORK.add(runs.work)


_FILE_SECONDS: Counter = Counter()  # test file -> seconds its tests took (the controller's)
_STARTED = time.monotonic()


def pytest_runtest_logreport(report):
    _FILE_SECONDS[report.nodeid.split("::")[0]] += report.duration


def pytest_testnodedown(node, error):
    """xdist: a worker's snippet work reaches the controller."""
    if work := getattr(node, "workeroutput", {}).get("rosetta_work"):
        _WORK.add(SnippetWork.from_dict(work))


def pytest_terminal_summary(terminalreporter, config):
    if hasattr(config, "workerinput") or not (_WORK.snippet_s or _WORK.isolated_s):
        return
    workers = getattr(config.option, "numprocesses", None) or 1
    wall = time.monotonic() - _STARTED
    terminalreporter.write_line(overhead_line(_WORK, workers, wall, dict(_FILE_SECONDS)))


def pytest_configure(config):
    if hasattr(config, "workerinput"):
        return  # xdist workers inherit the controller's marker and leave the checks to it
    # Every process the suite starts inherits this marker; see pytest_sessionfinish.
    os.environ[hygiene.SUITE_MARKER] = uuid.uuid4().hex
    config.stash[_REPOSITORY_AT_START] = hygiene.repository_state(REPO)


_REPOSITORY_AT_START = pytest.StashKey[dict | None]()
_LEFT_RUNNING_GRACE_S = 5  # for workers and kernels still exiting when the session ends


@pytest.hookimpl(trylast=True)  # after xdist has stopped its workers
def pytest_sessionfinish(session, exitstatus):
    """The suite leaves nothing behind: no process it started, no file in the repository."""
    config = session.config
    if hasattr(config, "workerinput"):
        config.workeroutput["rosetta_work"] = _WORK.to_dict()
        return
    problems = []
    if left := hygiene.marked(os.environ[hygiene.SUITE_MARKER], _LEFT_RUNNING_GRACE_S):
        problems.append(
            "processes started by the suite are still running (stopped now):\n  "
            + "\n  ".join(hygiene.describe(pid) for pid in left)
            + "\nA snippet or test started them and did not stop them: join worker pools, "
            "terminate process groups and servers before it ends."
        )
        hygiene.kill(left)
    before = config.stash.get(_REPOSITORY_AT_START, None)
    after = hygiene.repository_state(REPO)
    writes_on_purpose = config.getoption("update_outputs") or config.option.store_durations
    if before is not None and after is not None and not writes_on_purpose:
        if changed := hygiene.repository_changes(before, after):
            problems.append(
                "the suite changed files in the repository (git status differs from the "
                "start):\n  " + "\n  ".join(changed) + "\nSnippets and tests write only "
                "into temporary folders; a snippet runs with a temporary working directory. "
                "(If you edited these files yourself while the suite ran, run it again.)"
            )
    if problems:
        reporter = config.pluginmanager.get_plugin("terminalreporter")
        for problem in problems:
            reporter.write_sep("=", "left behind", red=True)
            reporter.write_line(problem)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_addoption(parser):
    group = parser.getgroup("rosetta")
    group.addoption(
        "--update-outputs",
        action="store_true",
        help="store what each snippet printed instead of failing on a difference "
        "(what `make outputs` runs; see rosetta.harness.update_recording)",
    )
    group.addoption(
        "--only",
        action="append",
        default=[],
        metavar="PATH",
        help="run only the snippet tests of files under PATH (make outputs ONLY=PATH)",
    )


def _outside(item, only: list[Path]) -> bool:
    """With --only, everything but the snippet tests of files under those paths."""
    snippet = getattr(getattr(item, "callspec", None), "params", {}).get("snippet")
    if not isinstance(snippet, Snippet):
        return True
    return not any(snippet.path == p or p in snippet.path.parents for p in only)


_ALL_ITEMS = pytest.StashKey[list]()


@pytest.hookimpl(tryfirst=True)  # before pytest-split keeps only one shard's tests
def pytest_collection_modifyitems(config, items):
    """Fences that only include a snippet are run by the snippet harness, not codeblocks."""
    only = [(REPO / p).resolve() for p in config.getoption("only")]
    keep, drop = [], []
    for item in items:
        block = getattr(item, "obj", None)
        code = getattr(block, "code", None)
        lines = [line for line in (code or "").splitlines() if line.strip()]
        if code is not None and lines and all(INCLUDE.match(line) for line in lines):
            drop.append(item)
        elif only and _outside(item, only):
            drop.append(item)
        else:
            keep.append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep
    config.stash[_ALL_ITEMS] = list(items)  # what `make test` runs (tests/test_shards.py)


@pytest.fixture(scope="session")
def all_suite_items(request) -> list:
    """Every test `make test` runs, before any sharding."""
    return request.config.stash[_ALL_ITEMS]


# `mkdocs build --strict` of both editions (`make build`: the Chinese one into zh/), then
# the distributions whose modules the builds loaded, as JSON on the last line
# (tests/test_docs_env.py: the light environment must have them all).
_BUILD_AND_LIST_IMPORTS = """
import importlib.metadata, json, runpy, sys
site = sys.argv[1]
for config, into in (("mkdocs.yml", site), ("mkdocs.zh.yml", site + "/zh")):
    sys.argv = ["mkdocs", "build", "--strict", "-f", config, "--site-dir", into]
    try:
        runpy.run_module("mkdocs", run_name="__main__")
    except SystemExit as exit:
        if exit.code:
            raise
owners = importlib.metadata.packages_distributions()
print(json.dumps(sorted({d for m in list(sys.modules) for d in owners.get(m.split(".")[0], [])})))
"""


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The site built once per worker with `mkdocs build --strict`, the Chinese edition in
    its zh/ folder; the distributions the builds imported are in site_build_imports."""
    site = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-c", _BUILD_AND_LIST_IMPORTS, str(site)],
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
    (site.parent / f"{site.name}-imports.json").write_text(result.stdout.strip().splitlines()[-1])
    return site


@pytest.fixture(scope="session")
def site_build_imports(built_site) -> list[str]:
    """The distributions whose modules `mkdocs build` loaded for built_site."""
    import json

    return json.loads((built_site.parent / f"{built_site.name}-imports.json").read_text())
