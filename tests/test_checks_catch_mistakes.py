"""Proof that the checks fail, naming the file, for the mistakes contributors make.

Each case copies the repository (without .venv) to a temporary folder, makes one mistake
there, runs the relevant check with the same interpreter and asserts on its message.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
import yaml

from rosetta import hygiene
from rosetta.harness import REPO, TAB_LABEL

COPIED = [
    "docs",
    "snippets",
    "rosetta",
    "tests",
    "overrides",
    "mkdocs.yml",
    "mkdocs.zh.yml",
    "pyproject.toml",
    "README.md",
]


def _tab(label: str, framework: str) -> str:
    return f"""
=== "{label}"

    ```python
    --8<-- "snippets/tensors/matmul_{framework}.py"
    ```

    ```text
    --8<-- "snippets/tensors/matmul_{framework}.out"
    ```
"""


# A page whose tab set lacks the JAX tab.
MATMUL_TABS = "\n# Broken\n" + _tab("PyTorch", "pytorch") + _tab("TensorFlow", "tensorflow")


@pytest.fixture
def repo_copy(tmp_path):
    for name in COPIED:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(
                source,
                tmp_path / name,
                ignore=shutil.ignore_patterns("__pycache__", "node_modules"),  # Lighthouse's
            )
        else:
            shutil.copy2(source, tmp_path / name)
    # Compilation caches (rosetta/harness.py) hold nothing a copy would change: share them.
    (REPO / ".compile-cache").mkdir(exist_ok=True)
    (tmp_path / ".compile-cache").symlink_to(REPO / ".compile-cache", target_is_directory=True)
    # The cases run the matmul example, and a snippet runs inside its page's notebook: a
    # tensors page that shows only matmul keeps each case to one short notebook.
    (tmp_path / "docs" / "tensors.md").write_text(
        "# Tensors\n" + "".join(_tab(label, fw) for fw, label in TAB_LABEL.items())
    )
    return tmp_path


def run_check(root, *args) -> str:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-o",
            "addopts=",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:randomly",
            *args,
        ],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode != 0, f"the check passed although it should fail:\n{result.stdout}"
    return result.stdout + result.stderr


def run_alone(root, snippet: str) -> subprocess.CompletedProcess:
    """The harness's fresh-interpreter run of one file of the copy (rosetta.harness.run_fresh)."""
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "from rosetta.harness import REPO, Snippet, run_fresh\n"
            f"run_fresh(Snippet(REPO / {snippet!r}), 60)",
        ],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_missing_include_names_page_and_file(repo_copy):
    page = repo_copy / "docs" / "tensors.md"
    page.write_text(page.read_text().replace("matmul_jax.py", "matmull_jax.py"))
    output = run_check(repo_copy, "tests/test_pages.py", "-k", "includes_resolve")
    assert "docs/tensors.md:" in output and "snippets/tensors/matmull_jax.py" in output


def test_tab_set_without_jax_names_page_and_line(repo_copy):
    (repo_copy / "docs" / "broken.md").write_text(MATMUL_TABS)
    output = run_check(repo_copy, "tests/test_pages.py", "-k", "framework_tabs")
    assert "docs/broken.md:4: this framework tab set has tabs ['PyTorch', 'TensorFlow']" in output


def test_raising_snippet_names_file_and_line(repo_copy):
    snippet = repo_copy / "snippets" / "tensors" / "matmul_jax.py"
    snippet.write_text(snippet.read_text() + 'raise ValueError("shapes do not match")\n')
    output = run_check(repo_copy, "tests/test_snippets.py", "-k", "output and matmul_jax")
    assert "snippets/tensors/matmul_jax.py raised ValueError at line" in output
    assert "shapes do not match" in output


def test_stale_output_shows_diff_and_refresh_command(repo_copy):
    recording = repo_copy / "snippets" / "tensors" / "matmul_jax.out"
    recording.write_text(recording.read_text().replace("19", "18"))
    output = run_check(repo_copy, "tests/test_snippets.py", "-k", "output and matmul_jax")
    assert "snippets/tensors/matmul_jax.py: output no longer matches its recording" in output
    assert "-[[18 22]" in output and "+[[19 22]" in output
    assert "make outputs ONLY=snippets/tensors/matmul_jax.py" in output


def test_edited_snippet_with_unchanged_output_is_stale(repo_copy):
    snippet = repo_copy / "snippets" / "tensors" / "matmul_jax.py"
    snippet.write_text(snippet.read_text() + "unused = 0\n")
    output = run_check(repo_copy, "tests/test_snippets.py", "-k", "output and matmul_jax")
    assert "snippets/tensors/matmul_jax.py changed since its output was recorded" in output


def test_orphan_snippet_is_named(repo_copy):
    (repo_copy / "snippets" / "tensors" / "unused_jax.py").write_text("print(1)\n")
    output = run_check(repo_copy, "tests/test_pages.py", "-k", "shown_on_a_page")
    assert "snippets/tensors/unused_jax.py is not included by any page" in output


def test_hanging_snippet_is_stopped_and_named(repo_copy):
    snippet = repo_copy / "snippets" / "tensors" / "matmul_jax.py"
    snippet.write_text(snippet.read_text() + "while True:\n    pass\n")
    toml = repo_copy / "snippets" / "tensors" / "examples.toml"
    toml.write_text(toml.read_text().replace("[matmul]\n", "[matmul]\ntimeout = 3\n"))
    output = run_check(repo_copy, "tests/test_snippets.py", "-k", "output and matmul_jax")
    assert "snippets/tensors/matmul_jax.py ran for more than 3 s and was stopped" in output


def test_frameworks_that_disagree_fail_parity(repo_copy):
    snippet = repo_copy / "snippets" / "tensors" / "matmul_jax.py"
    snippet.write_text(snippet.read_text().replace("[7, 8]", "[7, 9]"))
    output = run_check(repo_copy, "tests/test_snippets.py", "-k", "agree and matmul")
    assert "tensors/matmul: `product` differs between PyTorch and jax" in output


def test_crossref_row_that_differs_without_a_note_fails(repo_copy):
    data = repo_copy / "snippets" / "crossref.yaml"
    data.write_text(
        data.read_text()
        + """
  - id: var_without_note
    category: reductions
    concept: Variance, mapped naively
    inputs: {a: "float32[10]"}
    pytorch: torch.var(a)
    tensorflow: tf.math.reduce_variance(a)
    jax: jnp.var(a)
"""
    )
    output = run_check(repo_copy, "tests/test_crossref.py", "-k", "var_without_note")
    assert "row `var_without_note`: results differ in value with no note" in output
    assert "add `differs: [value]` and a `note`" in output


def _deprecated_call_recorded(repo_copy, isolate: bool):
    """matmul_jax.py gains a call that warns of its own deprecation; its output is unchanged
    and its recording is marked fresh, as `make outputs` left it before this check existed."""
    import json

    from rosetta.harness import Snippet

    snippet = repo_copy / "snippets" / "tensors" / "matmul_jax.py"
    snippet.write_text(
        "import warnings\n\n"
        'warnings.warn("old_matmul() is deprecated; use jnp.matmul", FutureWarning)\n'
        + snippet.read_text()
    )
    manifest = repo_copy / "snippets" / "tensors" / "recorded.json"
    recorded = json.loads(manifest.read_text())
    recorded["matmul_jax.py"]["cpu"]["source_sha256"] = Snippet(snippet).source_hash()
    manifest.write_text(json.dumps(recorded))
    if isolate:
        toml = repo_copy / "snippets" / "tensors" / "examples.toml"
        toml.write_text(toml.read_text().replace("[matmul]\n", "[matmul]\nisolate = true\n"))
    return run_check(repo_copy, "tests/test_snippets.py", "-k", "output and matmul_jax")


@pytest.mark.parametrize("isolate", [False, True], ids=["in its page's kernel", "isolated"])
def test_deprecation_warning_fails_and_names_the_call(repo_copy, isolate):
    output = _deprecated_call_recorded(repo_copy, isolate)
    assert "snippets/tensors/matmul_jax.py raised a deprecation warning while it ran" in output
    assert "FutureWarning: old_matmul() is deprecated; use jnp.matmul" in output
    assert 'shows_deprecation = "why"' in output


def test_malformed_example_directive_names_page_and_line(repo_copy):
    (repo_copy / "docs" / "broken.md").write_text(
        '# Broken\n\n<!-- rosetta:example tensors/matmul hl="5|6" -->\n'
    )
    output = run_check(repo_copy, "tests/test_pages.py", "-k", "directives_are_well_formed")
    assert 'docs/broken.md:3: hl="5|6" must hold three groups' in output


def test_directive_for_a_missing_example_names_page_and_file(repo_copy):
    (repo_copy / "docs" / "broken.md").write_text(
        "# Broken\n\n<!-- rosetta:example tensors/matmull -->\n"
    )
    output = run_check(repo_copy, "tests/test_pages.py", "-k", "includes_resolve")
    assert "docs/broken.md:3:" in output and "snippets/tensors/matmull_pytorch.py" in output


def test_misspelt_example_key_names_file_table_and_key(repo_copy):
    toml = repo_copy / "snippets" / "tensors" / "examples.toml"
    toml.write_text(toml.read_text().replace("[matmul]\n", "[matmul]\ncompre = []\n"))
    output = run_check(repo_copy, "tests/test_pages.py", "-k", "examples_toml_describes")
    assert "snippets/tensors/examples.toml [matmul]: unknown key `compre`" in output
    assert "did you mean `compare`?" in output


def test_crossref_row_with_a_misspelt_key_is_named(repo_copy):
    data = repo_copy / "snippets" / "crossref.yaml"
    data.write_text(data.read_text().replace("  - id: dlpack\n", "  - id: dlpack\n    nots: x\n"))
    output = run_check(repo_copy, "tests/test_crossref.py", "-k", "rows_are_well_formed")
    assert "row `dlpack`: unknown key `nots`; did you mean `note`?" in output


def test_editing_a_comment_needs_no_new_recording(repo_copy):
    """The recording is tied to the code, not to its comments: a reworded comment keeps it
    fresh, while `test_edited_snippet_with_unchanged_output_is_stale` shows code does not."""
    snippet = repo_copy / "snippets" / "tensors" / "matmul_jax.py"
    snippet.write_text("# A comment a reviewer asked for.\n\n" + snippet.read_text())
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-o",
            "addopts=",
            "-p",
            "no:cacheprovider",
            "tests/test_snippets.py",
            "-k",
            "output and matmul_jax",
        ],
        cwd=repo_copy,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_make_outputs_stores_what_the_suite_runs_and_proves_it_alone(repo_copy):
    """`make outputs` is the output test in update mode: it repairs a stale recording, and it
    refuses to store an output that the file does not also print alone."""
    snippet_rel = "snippets/tensors/matmul_jax.py"

    def make_outputs() -> subprocess.CompletedProcess:  # ONLY=snippets/tensors/matmul_jax.py
        return subprocess.run(
            [sys.executable, "-m", "rosetta", "record", "--jobs", "1", snippet_rel],
            cwd=repo_copy,
            capture_output=True,
            text=True,
            timeout=300,
        )

    recording = repo_copy / "snippets" / "tensors" / "matmul_jax.out"
    good = recording.read_text()
    recording.write_text(good.replace("19", "18"))
    result = make_outputs()
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert recording.read_text() == good

    # A kernel has ipykernel loaded and a fresh interpreter does not: the two runs differ.
    snippet = repo_copy / snippet_rel
    snippet.write_text(snippet.read_text() + 'import sys\nprint("ipykernel" in sys.modules)\n')
    result = make_outputs()
    assert result.returncode != 0
    assert "snippets/tensors/matmul_jax.py prints something else alone" in result.stdout
    assert "-True" in result.stdout and "+False" in result.stdout
    assert recording.read_text() == good, "the refused output was stored anyway"


# Opens a TLS connection to a public address and swallows the failure, as a snippet with a
# fallback would. The seal refuses it before any packet leaves, so the check below holds on
# a machine with internet too: it looks for the message, not for a failure.
REACHES_OUT = """import socket
try:
    socket.create_connection(("1.1.1.1", 443), timeout=3).close()
except OSError:
    pass
"""


def test_snippet_that_reaches_the_network_is_named(repo_copy):
    snippet = repo_copy / "snippets" / "tensors" / "matmul_jax.py"
    snippet.write_text(REACHES_OUT + snippet.read_text())
    message = "snippets/tensors/matmul_jax.py tried to reach 1.1.1.1:443: snippets must not use"
    # In its page's notebook kernel, as the suite and `make outputs` run it.
    output = run_check(repo_copy, "tests/test_snippets.py", "-k", "output and matmul_jax")
    assert message in output
    # In a fresh interpreter, as a reader runs it and as isolated examples run.
    assert message in run_alone(repo_copy, "snippets/tensors/matmul_jax.py").stderr


@pytest.mark.filterwarnings("ignore:A test tried to use socket")
def test_the_test_processes_reach_only_loopback():
    """pytest-socket (--allow-hosts in pyproject.toml) seals the suite's own processes, where
    an example on no page runs; loopback stays open for kernels and the browser tests. (xdist
    workers start with rosetta/sealed on PYTHONPATH too, whose lookup guard refuses first.)"""
    import socket

    with pytest.raises(Exception, match="1.1.1.1") as blocked:
        socket.create_connection(("1.1.1.1", 443), timeout=3)
    assert type(blocked.value).__name__ in ("SocketConnectBlockedError", "NetworkBlocked")
    server = socket.create_server(("127.0.0.1", 0))
    with server, socket.create_connection(server.getsockname(), timeout=3):
        pass


def test_left_processes_and_repository_writes_fail_the_suite(repo_copy):
    """A snippet that leaves a process running and writes into the repository: the suite
    fails at its end, naming both, and stops the process."""
    git = ["git", "-c", "user.name=demo", "-c", "user.email=demo@example.invalid"]
    subprocess.run(["git", "init", "-q"], cwd=repo_copy, check=True)
    subprocess.run(["git", "add", "-A"], cwd=repo_copy, check=True)
    subprocess.run([*git, "commit", "-qm", "copy"], cwd=repo_copy, check=True)
    written = repo_copy / "snippets" / "tensors" / "left_behind.txt"
    snippet = repo_copy / "snippets" / "tensors" / "matmul_jax.py"
    snippet.write_text(
        snippet.read_text()
        + "import subprocess\n"
        + 'subprocess.Popen(["sleep", "301"], start_new_session=True)\n'
        + f"open({str(written)!r}, 'w').write('x')\n"
    )
    output = run_check(repo_copy, "tests/test_snippets.py", "-k", "output and matmul_jax")
    assert "processes started by the suite are still running (stopped now)" in output
    assert "sleep 301" in output
    assert "the suite changed files in the repository" in output
    assert "snippets/tensors/left_behind.txt" in output
    assert not [pid for pid in hygiene.processes() if "sleep 301" in hygiene.describe(pid)]


def test_page_that_leaks_a_global_setting_is_named(repo_copy):
    """Pages share a kernel per framework; a setting the harness's reset does not undo would
    reach the next page, so the page that leaves it changed fails, naming it."""
    snippet = repo_copy / "snippets" / "tensors" / "matmul_pytorch.py"
    snippet.write_text(snippet.read_text() + "torch.set_num_threads(torch.get_num_threads() + 1)\n")
    output = run_check(repo_copy, "tests/test_snippets.py", "-k", "output and matmul_pytorch")
    assert "docs/tensors.md leaves process-wide state changed in the PyTorch kernel" in output
    assert "torch threads: " in output and "after it" in output


def test_fresh_interpreter_stops_what_the_snippet_leaves_running(repo_copy):
    """A file run alone leads its own process group: a process it leaves behind is named
    and stopped with the group, and so is everything it started when it times out."""
    snippet = repo_copy / "snippets" / "tensors" / "matmul_jax.py"
    snippet.write_text(
        snippet.read_text() + 'import subprocess\nsubprocess.Popen(["sleep", "302"])\n'
    )
    result = run_alone(repo_copy, "snippets/tensors/matmul_jax.py")
    assert "snippets/tensors/matmul_jax.py exited and left processes running" in result.stderr
    assert "sleep 302" in result.stderr
    assert not [pid for pid in hygiene.processes() if "sleep 302" in hygiene.describe(pid)]


@pytest.mark.parametrize("title", ["Attention: the basics", "Kernels"])
def test_new_page_writes_navigation_that_stays_valid_yaml(tmp_path, monkeypatch, title):
    from rosetta import scaffold
    from rosetta.generated import page_lists

    for config in ("mkdocs.yml", "mkdocs.zh.yml"):
        (tmp_path / config).write_text((REPO / config).read_text())
    (tmp_path / "docs").mkdir()
    monkeypatch.setattr(scaffold, "REPO", tmp_path)
    monkeypatch.setattr(scaffold, "DOCS", tmp_path / "docs")
    assert scaffold.new_page("kernels_intro", title) == 0
    for config in ("mkdocs.yml", "mkdocs.zh.yml"):
        nav = yaml.load((tmp_path / config).read_text(), Loader=page_lists._ConfigLoader)["nav"]
        entries = [entry for entry in page_lists.nav_pages(nav) if entry[1] == "kernels_intro.md"]
        assert entries == [(title, "kernels_intro.md")], f"{config}: {entries}"
