"""The one harness for every snippet: discover, run, record, compare.

Layout (documented for contributors in README.md):

    snippets/<topic>/<example>_<framework>.py   a whole, standalone program
    snippets/<topic>/<example>_<framework>.out  what it printed, recorded by `make outputs`
    snippets/<topic>/examples.toml              per-example parity checks and settings
    snippets/<topic>/recorded.json              source hash of each recorded snippet
    snippets/versions.json                      the versions the outputs were recorded with

One runner: the test suite runs each page's snippets as that page's notebook, cells in
order in one Jupyter kernel per framework (rosetta/notebooks.py), and compares what each
cell printed with its recording; examples marked `isolate` run in fresh interpreters.
`make outputs` is the same test in update mode (`record`): it stores what the suite saw,
after the file, run alone in a fresh interpreter as a reader who pastes it would, printed
the same (update_recording). The source hash in recorded.json ties each recording to the
code that was proven alone; comments and blank lines do not count.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import difflib
import hashlib
import importlib.metadata
import importlib.util
import io
import json
import os
import platform
import re
import runpy
import signal
import subprocess
import sys
import tempfile
import time
import tokenize
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from rosetta import hygiene

REPO = Path(__file__).resolve().parent.parent
SNIPPETS = REPO / "snippets"
DOCS = REPO / "docs"
VERSIONS_FILE = SNIPPETS / "versions.json"
REFRESH_COMMAND = "make outputs"

FRAMEWORKS = ("pytorch", "tensorflow", "jax")
TAB_LABEL = {"pytorch": "PyTorch", "tensorflow": "TensorFlow", "jax": "JAX"}
SNIPPET_NAME = re.compile(
    r"^(?P<example>[a-z][a-z0-9_]*)_(?P<framework>pytorch|tensorflow|jax)\.py$"
)

# Versions shown on the site and tied to every recording: shown name -> distributions that
# provide it (the GPU runner installs `tensorflow` where this machine has `tensorflow-cpu`).
RECORDED_DISTRIBUTIONS = {
    "torch": ("torch",),
    "tensorflow": ("tensorflow-cpu", "tensorflow"),
    "keras": ("keras",),
    "jax": ("jax",),
    "jaxlib": ("jaxlib",),
    "flax": ("flax",),
    "optax": ("optax",),
    "numpy": ("numpy",),
    "grain": ("grain",),
    "scikit-learn": ("scikit-learn",),
}

DEFAULT_TIMEOUT_S = 60

# Keeps framework start-up chatter out of recorded outputs; set here, never in snippets.
SNIPPET_ENV = {
    "TF_CPP_MIN_LOG_LEVEL": "3",
    "TF_ENABLE_ONEDNN_OPTS": "0",
    "PYTHONHASHSEED": "0",
    "PYTHONWARNINGS": "ignore",
    "GRPC_VERBOSITY": "ERROR",
    "ABSL_MIN_LOG_LEVEL": "3",
    # torch.compile's first CPU call costs about 25 s; its cache makes later runs cheap.
    "TORCHINDUCTOR_CACHE_DIR": str(REPO / ".compile-cache" / "torchinductor"),
    # JAX compiles each new operation and shape on first use, even outside jit (about 40 ms
    # each here; the cross-reference rows alone make 640). A cache on disk shares them
    # between workers, kernels, fresh interpreters and runs (about 12 MB after a full run).
    # No size limit: with one, every write re-reads the whole folder. A half-written entry
    # read by another worker fails to decompress, and JAX then compiles instead.
    # Benchmarks drop this cache.
    "JAX_COMPILATION_CACHE_DIR": str(REPO / ".compile-cache" / "jax"),
    "JAX_PERSISTENT_CACHE_MIN_COMPILE_TIME_SECS": "0",
    "JAX_PERSISTENT_CACHE_MIN_ENTRY_SIZE_BYTES": "0",
    # Idle OpenMP threads sleep instead of spinning: with two workers on two cores, spinning
    # threads starve the other worker (torch training tests: 50 s spinning, 11 s passive).
    "OMP_WAIT_POLICY": "PASSIVE",
    # No network: every interpreter that runs a snippet, and every process it starts, loads
    # rosetta/sealed/sitecustomize.py, which blocks all but loopback (network_seal.py).
    "PYTHONPATH": str(REPO / "rosetta" / "sealed"),
}


class SnippetError(Exception):
    """A contributor-facing problem; the message names the file and the fix."""


# ----------------------------------------------------------------------------- deprecations

# A snippet shows today's idiom: a deprecation warning raised while it runs is a defect,
# unless its page is about that warning (`shows_deprecation = "why"` in examples.toml).
# Warnings are caught from every module, not only from the file itself: a deprecated
# argument is often reported from inside the library that received it (Flax's `sow`).
DEPRECATION_CATEGORIES = ("DeprecationWarning", "PendingDeprecationWarning", "FutureWarning")
# Fresh interpreters print them to stderr, where run_fresh reads them; kernels record them
# through a hook (rosetta/notebooks.py). Every other warning stays ignored, as in SNIPPET_ENV.
WATCH_DEPRECATIONS = "ignore," + ",".join(f"always::{c}" for c in DEPRECATION_CATEGORIES)
WARNING_LINE = re.compile(
    rf"^(?P<filename>\S.*?):(?P<lineno>\d+): (?P<category>{'|'.join(DEPRECATION_CATEGORIES)}): "
    r"(?P<message>.*)$",
    re.M,
)
# Warnings that a library raises from its own code whatever a snippet does. Each says
# nothing about a snippet's idiom; (category, file pattern, message pattern, why).
LIBRARY_DEPRECATIONS: tuple[tuple[str, str, str, str], ...] = (
    (
        "DeprecationWarning",
        r"torch/jit/_script\.py$",
        r"^`torch\.jit\.script(_method)?` is deprecated",
        "torch 2.13 scripts some of its own modules as it loads them (torch.utils.mkldnn "
        "for torch.compile, torch._decomp for forward-mode AD)",
    ),
    (
        "DeprecationWarning",
        r"site-packages/keras/src/",
        r"^__array__ implementation doesn't accept a copy keyword",
        "Keras 3.15 passes framework tensors to NumPy inside fit() and variable updates; "
        "torch 2.13's Tensor.__array__ lacks the copy keyword NumPy 2 asks for",
    ),
    (
        "FutureWarning",
        r"(copyreg|typing_extensions)\.py$",
        r"^`isinstance\(treespec, LeafSpec\)` is deprecated",
        "torch 2.13's ONNX exporter (torch.onnx.export, dynamo=True by default) copies its "
        "own pytree specs; no argument avoids it",
    ),
    (
        "DeprecationWarning",
        r"site-packages/qwix/_src/",
        r"^('VariableState' was removed|'\.value' access is now deprecated|"
        r"The 'm\.iter_modules\(\)' method is deprecated)",
        "Qwix 0.1.8 (its newest release) still calls three Flax NNX APIs that Flax 0.12.8 "
        "deprecates (nnx.VariableState, Variable.value, Module.iter_modules) on every "
        "quantized call; no argument avoids it",
    ),
)


def network_error(snippet: Snippet, stderr: str) -> SnippetError | None:
    """The error for a snippet that tried to reach another machine, from its stderr."""
    from rosetta.sealed.network_seal import MARKER

    targets = [line.split(MARKER, 1)[1].strip() for line in stderr.splitlines() if MARKER in line]
    if not targets:
        return None
    return SnippetError(
        f"{snippet.rel} tried to reach {', '.join(dict.fromkeys(targets))}: snippets must not "
        "use the network, and the harness blocks every address but this machine's. Use data "
        "that ships with the libraries (scikit-learn's bundled datasets, say) or generate it."
    )


def deprecations_in(stderr: str) -> list[dict]:
    """The deprecation warnings that Python printed to stderr under WATCH_DEPRECATIONS."""
    return [{**m.groupdict(), "lineno": int(m["lineno"])} for m in WARNING_LINE.finditer(stderr)]


def _library_noise(warning: dict) -> bool:
    return any(
        warning["category"] == category
        and re.search(file_pattern, warning["filename"])
        and re.search(message_pattern, warning["message"])
        for category, file_pattern, message_pattern, _why in LIBRARY_DEPRECATIONS
    )


def deprecation_error(snippet: Snippet, warnings: list[dict]) -> SnippetError | None:
    """A SnippetError naming the deprecation warnings a snippet raised, or None."""
    example = example_of(snippet)
    found = [
        w for w in warnings if w["category"] in DEPRECATION_CATEGORIES and not _library_noise(w)
    ]
    if not found or example.settings.get("shows_deprecation"):
        return None
    unique = dict.fromkeys(
        (w["filename"], w["lineno"], w["category"], w["message"].strip()) for w in found
    )
    listed = "\n".join(f"  {f}:{n}: {c}: {m}" for f, n, c, m in unique)
    return SnippetError(
        f"{snippet.rel} raised a deprecation warning while it ran:\n{listed}\n"
        "Snippets use today's idiom: change the call the warning names (run "
        f"`.venv/bin/python -W always::DeprecationWarning {snippet.rel}` to see where), then "
        f"`{REFRESH_COMMAND} ONLY={snippet.rel}`. If the page is about this warning, declare "
        f'it with `shows_deprecation = "why"` under [{snippet.example}] in '
        f"{examples_file(snippet.topic).relative_to(REPO)}."
    )


@dataclass(frozen=True, order=True)
class Snippet:
    path: Path

    @property
    def rel(self) -> str:
        return self.path.relative_to(REPO).as_posix()

    @property
    def topic(self) -> str:
        return self.path.parent.name

    @property
    def _match(self) -> re.Match:
        match = SNIPPET_NAME.match(self.path.name)
        if match is None:
            raise SnippetError(
                f"{self.rel}: snippet files are named <example>_<framework>.py with framework "
                f"one of {', '.join(FRAMEWORKS)} (lower case, digits and underscores)"
            )
        return match

    @property
    def example(self) -> str:
        return self._match["example"]

    @property
    def framework(self) -> str:
        return self._match["framework"]

    @property
    def example_id(self) -> str:
        return f"{self.topic}/{self.example}"

    @property
    def out_path(self) -> Path:
        return self.path.with_suffix(".out")

    @property
    def gpu_out_path(self) -> Path:
        return self.path.with_suffix(".gpu.out")

    def source_hash(self) -> str:
        """A hash of the code without its comments and blank lines, so that editing a
        comment does not force a re-recording; any change to the code does."""
        tokens = tokenize.generate_tokens(io.StringIO(self.path.read_text()).readline)
        code = [(t.type, t.string) for t in tokens if t.type not in (tokenize.COMMENT, tokenize.NL)]
        return hashlib.sha256(repr(code).encode()).hexdigest()[:16]


@dataclass
class Example:
    """One comparison: the same computation as three snippet files."""

    topic: str
    name: str
    settings: dict = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"{self.topic}/{self.name}"

    def snippet(self, framework: str) -> Snippet:
        return Snippet(SNIPPETS / self.topic / f"{self.name}_{framework}.py")

    @property
    def timeout(self) -> int:
        return int(self.settings.get("timeout", DEFAULT_TIMEOUT_S))

    def isolates(self, framework: str) -> bool:
        """Whether this framework's file runs in its own interpreter even in the suite (it
        changes process-wide state): `isolate = true` for all three files, or a list of
        the frameworks that need it, since a fresh interpreter costs a framework import."""
        setting = self.settings.get("isolate", False)
        return framework in setting if isinstance(setting, list) else bool(setting)

    def repeats(self, framework: str) -> bool:
        """Whether a second run of this framework's file must print and compute exactly the
        same: `repeatable = true` for all three files, or a list of the frameworks that do."""
        setting = self.settings.get("repeatable", False)
        return framework in setting if isinstance(setting, list) else bool(setting)

    @property
    def fresh_kernel(self) -> bool:
        """Its page's cells for a framework need a kernel of their own (e.g. KERAS_BACKEND
        must be set before Keras is first imported), shared only with each other."""
        return bool(self.settings.get("fresh_kernel", False))

    @property
    def gpu_only(self) -> str | None:
        """The reason this example needs a GPU, or None; it is skipped (and not recorded) on CPU."""
        return self.settings.get("gpu_only")

    @property
    def checked_names(self) -> tuple[str, ...]:
        """Module-level names a test reads: compared, shape-compared or bounded."""
        names = [*self.settings.get("compare", ()), *self.settings.get("compare_shapes", ())]
        names += [*self.settings.get("at_least", {}), *self.settings.get("at_most", {})]
        return tuple(dict.fromkeys(names))


def discover_snippets(root: Path = SNIPPETS) -> list[Snippet]:
    return sorted(Snippet(p) for p in root.glob("*/*.py") if p.name != "__init__.py")


def examples_file(topic: str) -> Path:
    return SNIPPETS / topic / "examples.toml"


def load_examples_toml(topic: str) -> dict:
    path = examples_file(topic)
    if not path.exists():
        return {}
    try:
        return tomllib.loads(path.read_text())
    except tomllib.TOMLDecodeError as error:
        raise SnippetError(f"{path.relative_to(REPO)}: not valid TOML: {error}") from error


def discover_examples(root: Path = SNIPPETS) -> list[Example]:
    by_id: dict[str, Example] = {}
    for snippet in discover_snippets(root):
        key = snippet.example_id
        if key not in by_id:
            settings = load_examples_toml(snippet.topic).get(snippet.example, {})
            by_id[key] = Example(snippet.topic, snippet.example, settings)
    return [by_id[k] for k in sorted(by_id)]


def example_of(snippet: Snippet) -> Example:
    settings = load_examples_toml(snippet.topic).get(snippet.example, {})
    return Example(snippet.topic, snippet.example, settings)


# ----------------------------------------------------------------------------- versions


def installed_versions() -> dict[str, str]:
    """Public release numbers; local build labels such as `+cpu` or `+cu128` are dropped."""
    versions = {"python": platform.python_version()}
    for shown, distributions in RECORDED_DISTRIBUTIONS.items():
        versions[shown] = "not installed"
        for name in distributions:
            try:
                versions[shown] = importlib.metadata.version(name).split("+")[0]
                break
            except importlib.metadata.PackageNotFoundError:
                continue
    return versions


def recorded_versions() -> dict:
    if not VERSIONS_FILE.exists():
        return {}
    return json.loads(VERSIONS_FILE.read_text())


def pinned_versions() -> dict:
    """The versions the outputs were recorded with, without the recording date."""
    return {k: v for k, v in recorded_versions().items() if k != "recorded_on"}


# ----------------------------------------------------------------------------- manifests


def manifest_path(topic: str) -> Path:
    return SNIPPETS / topic / "recorded.json"


def load_manifest(topic: str) -> dict:
    path = manifest_path(topic)
    return json.loads(path.read_text()) if path.exists() else {}


def _write_json_atomically(path: Path, data: dict) -> None:
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")
    tmp.replace(path)


# ----------------------------------------------------------------------------- devices


def gpu_present() -> bool:
    """True when an NVIDIA GPU is visible; decides which recording a run is compared with."""
    if os.environ.get("ROSETTA_EXPECT_GPU") == "0":
        return False
    try:
        result = subprocess.run(["nvidia-smi", "-L"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return result.returncode == 0 and "GPU" in result.stdout


def load_triton_before_tensorflow() -> None:
    """Triton and TensorFlow 2.21 each bundle LLVM, and triton loaded after TensorFlow
    crashes the process (3.7.1: a segmentation fault; 3.9.0: "LLVM ERROR: inconsistency in
    registered CommandLine options"); torch.compile loads triton wherever it is installed.
    The suite's workers and kernels, which run snippets one after another, load it first
    (the site build does not: it needs no framework). Without a GPU its interpreter is
    switched on, as the custom-kernels snippets do: triton reads the variable when it is
    imported, and a kernel reused across pages imports it only once.
    """
    # Kernels run this in the setup cell of every page: once triton is in, nothing to do.
    if {"triton", "tensorflow"} & sys.modules.keys() or importlib.util.find_spec("triton") is None:
        return
    if not gpu_present():
        os.environ.setdefault("TRITON_INTERPRET", "1")
    import triton  # noqa: F401


def expected_output_path(snippet: Snippet, on_gpu: bool) -> Path:
    return snippet.gpu_out_path if on_gpu else snippet.out_path


# ----------------------------------------------------------------------------- running


@dataclass
class RunResult:
    stdout: str
    namespace: dict
    seconds: float


class SnippetTimeout(SnippetError):
    pass


@contextlib.contextmanager
def _deadline(seconds: int, snippet: Snippet):
    """Interrupts a hanging snippet in the main thread and names it."""

    def on_alarm(signum, frame):
        raise SnippetTimeout(
            f"{snippet.rel} ran for more than {seconds} s and was stopped. Make it finish "
            f"faster, or raise its limit with `timeout = N` under [{snippet.example}] in "
            f"{examples_file(snippet.topic).relative_to(REPO)}."
        )

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_ENVIRONMENT_AT_START: dict[str, str] | None = None


def reset_framework_state() -> None:
    """Undo process-wide settings a previous snippet may have changed.

    A reader runs each file in a fresh interpreter; in-process runs must not let one
    snippet's global switches leak into the next. This list is kept by hand, so the kernels
    check it: framework_state() after a page and this reset must equal framework_state()
    before the page, or the page's last snippet fails, naming what leaked.
    """
    import numpy as np

    global _ENVIRONMENT_AT_START
    if _ENVIRONMENT_AT_START is None:
        _ENVIRONMENT_AT_START = dict(os.environ)
    else:  # a snippet may set a variable (KERAS_BACKEND, XLA_FLAGS) for the files after it
        os.environ.clear()
        os.environ.update(_ENVIRONMENT_AT_START)

    np.set_printoptions(
        edgeitems=3,
        infstr="inf",
        linewidth=75,
        nanstr="nan",
        precision=8,
        suppress=False,
        threshold=1000,
        formatter=None,
        sign="-",
        floatmode="maxprec",
        legacy=False,
    )
    if "torch" in sys.modules:
        import torch

        torch.set_default_dtype(torch.float32)
        torch.set_printoptions(profile="default")
        torch.use_deterministic_algorithms(False)
        torch.set_grad_enabled(True)
        torch.autograd.set_detect_anomaly(False)
    if "jax" in sys.modules:
        import jax

        jax.config.update("jax_enable_x64", False)
        jax.config.update("jax_debug_nans", False)
        jax.config.update("jax_debug_infs", False)
        jax.config.update("jax_disable_jit", False)
    if "keras" in sys.modules:
        import keras

        keras.config.set_floatx("float32")
        keras.config.set_dtype_policy("float32")
        keras.backend.clear_session()
    if "tensorflow" in sys.modules:
        import tensorflow as tf

        tf.config.run_functions_eagerly(False)
        tf.random.set_seed(None)  # back to "no global seed", as in a fresh interpreter


def framework_state() -> dict[str, str]:
    """The process-wide settings a snippet can change, as comparable text.

    Only frameworks already imported are read: reading one must not import it.
    """
    import numpy as np

    state = {f"os.environ[{k!r}]": v for k, v in os.environ.items()}
    state["numpy print options"] = repr(np.get_printoptions())
    state["numpy floating-point error handling"] = repr(np.geterr())
    if "torch" in sys.modules:
        import torch

        state |= {
            "torch default dtype": str(torch.get_default_dtype()),
            "torch print options": repr(vars(torch._tensor_str.PRINT_OPTS)),
            "torch deterministic algorithms": str(torch.are_deterministic_algorithms_enabled()),
            "torch grad mode": str(torch.is_grad_enabled()),
            "torch anomaly detection": str(torch.is_anomaly_enabled()),
            "torch float32 matmul precision": torch.get_float32_matmul_precision(),
            "torch.backends.cudnn.deterministic": str(torch.backends.cudnn.deterministic),
            "torch.backends.cudnn.benchmark": str(torch.backends.cudnn.benchmark),
            "torch threads": str(torch.get_num_threads()),
        }
    if "jax" in sys.modules:
        import jax

        state |= {f"jax.config.{k}": repr(v) for k, v in jax.config.values.items()}
    if "tensorflow" in sys.modules:
        import tensorflow as tf
        from tensorflow.python.framework import config as tf_config
        from tensorflow.python.framework import ops

        state |= {
            "tf op determinism": str(tf_config.is_op_determinism_enabled()),
            "tf functions run eagerly": str(tf.config.functions_run_eagerly()),
            "tf global seed": str(ops.get_default_graph().seed),
        }
    if "keras" in sys.modules:
        import keras

        state |= {
            "keras floatx": keras.config.floatx(),
            "keras dtype policy": keras.config.dtype_policy().name,
        }
    return state


def leaked_state(before: dict[str, str], after: dict[str, str]) -> list[str]:
    """What differs between two framework_state()s, for settings present in both."""
    return [
        f"{key}: {before[key]} before the page, {after[key]} after it"
        for key in sorted(before.keys() & after.keys())
        if before[key] != after[key]
    ] + [
        f"{key} = {after[key]} was set"
        for key in sorted(after.keys() - before.keys())
        if key.startswith("os.environ")
    ]


def run_in_process(snippet: Snippet, timeout: int) -> RunResult:
    """Runs a snippet as __main__ in this interpreter with fresh globals; captures stdout."""
    reset_framework_state()
    buffer = io.StringIO()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="rosetta-") as workdir:
        with (
            contextlib.chdir(workdir),
            contextlib.redirect_stdout(buffer),
            _deadline(timeout, snippet),
        ):
            namespace = runpy.run_path(str(snippet.path), run_name="__main__")
    return RunResult(buffer.getvalue(), namespace, time.perf_counter() - start)


def snippet_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(SNIPPET_ENV)
    return env


def to_numpy(value):
    """A framework tensor, a Python number or a nested tuple/list of them, as NumPy."""
    import numpy as np

    if isinstance(value, (list, tuple)):
        return [to_numpy(v) for v in value]
    if hasattr(value, "detach"):  # torch
        value = value.detach().cpu()
    if hasattr(value, "numpy") and callable(value.numpy):  # torch, tf
        return np.asarray(value.numpy())
    return np.asarray(value)


# Runs a snippet as __main__ in a child interpreter and saves the named globals as NumPy.
_KEEP_GLOBALS = """
import pickle, runpy, sys
sys.path.insert(0, {repo!r})
from rosetta.harness import to_numpy
path, out, *names = sys.argv[1:]
namespace = runpy.run_path(path, run_name="__main__")
with open(out, "wb") as f:
    pickle.dump({{n: to_numpy(namespace[n]) for n in names if n in namespace}}, f)
"""


def run_fresh(snippet: Snippet, timeout: int, keep: tuple[str, ...] = ()) -> RunResult:
    """Runs a snippet the way a reader would: `python file.py` in a fresh interpreter.

    With `keep`, the named module-level values come back (as NumPy) for parity checks.
    """
    start = time.perf_counter()
    namespace: dict = {}
    with tempfile.TemporaryDirectory(prefix="rosetta-") as workdir:
        command = [sys.executable, str(snippet.path)]
        values_file = Path(workdir) / "values.pickle"
        if keep:
            command = [
                sys.executable,
                "-c",
                _KEEP_GLOBALS.format(repo=str(REPO)),
                str(snippet.path),
                str(values_file),
                *keep,
            ]
        # Its own session: on a timeout, or when it leaves a process behind (a DataLoader
        # worker, a DDP rank), the whole group is stopped, not just the interpreter. Output
        # goes to files, not pipes: a process left behind would hold a pipe open.
        out_file, err_file = Path(workdir) / "stdout.txt", Path(workdir) / "stderr.txt"
        with open(out_file, "w") as out, open(err_file, "w") as err:
            proc = subprocess.Popen(
                command,
                cwd=workdir,
                env={**snippet_env(), "PYTHONWARNINGS": WATCH_DEPRECATIONS},
                stdout=out,
                stderr=err,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired as error:
                hygiene.kill_group(proc.pid)
                proc.wait()
                raise SnippetTimeout(
                    f"{snippet.rel} ran for more than {timeout} s in a fresh interpreter and "
                    "was stopped with every process it started. Make it finish faster, or "
                    f"raise `timeout` under [{snippet.example}] in "
                    f"{examples_file(snippet.topic).relative_to(REPO)}."
                ) from error
        stdout, stderr = out_file.read_text(), err_file.read_text()
        if left := hygiene.in_group(proc.pid, grace_s=2):
            described = "\n  ".join(hygiene.describe(pid) for pid in left)
            hygiene.kill_group(proc.pid)
            raise SnippetError(
                f"{snippet.rel} exited and left processes running:\n  {described}\n"
                "Join or terminate what it starts (worker pools, process groups, servers) "
                "before it ends."
            )
        proc = subprocess.CompletedProcess(command, proc.returncode, stdout, stderr)
        if proc.returncode == 0 and keep:
            import pickle

            namespace = pickle.loads(values_file.read_bytes())
    if error := network_error(snippet, proc.stderr):
        raise error
    if proc.returncode != 0:
        raise SnippetError(
            f"{snippet.rel} failed in a fresh interpreter (exit {proc.returncode}).\n"
            f"Run it alone to debug: .venv/bin/python {snippet.rel}\n--- stderr ---\n"
            + proc.stderr[-4000:]
        )
    if error := deprecation_error(snippet, deprecations_in(proc.stderr)):
        raise error
    return RunResult(proc.stdout, namespace, time.perf_counter() - start)


# ----------------------------------------------------------------------------- recording


def versions_changed() -> bool:
    """True when the installed versions are not the ones the outputs were recorded with."""
    return pinned_versions() != installed_versions()


@contextlib.contextmanager
def _manifest_lock(topic: str):
    # Two pytest workers may record snippets of one topic at once.
    import fcntl

    lock = (
        Path(tempfile.gettempdir())
        / f"rosetta-{hashlib.sha256(str(SNIPPETS / topic).encode()).hexdigest()[:12]}.lock"
    )
    with open(lock, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def update_recording(snippet: Snippet, printed: str, on_gpu: bool, reprove: bool) -> str:
    """`make outputs` for one snippet: store what the suite saw it print.

    `printed` is what the snippet printed in its page's notebook, the run the suite checks.
    Before that is stored, the file runs alone in a fresh interpreter, as a reader who
    pastes it would, and must print the same: that proves the copy-paste promise for this
    source, whose hash recorded.json keeps. A recording that already matches, from the same
    code and versions, needs no new proof, so rewording a comment re-runs nothing.
    Returns "unchanged" or "recorded"; raises SnippetError when the two runs disagree.
    """
    path = expected_output_path(snippet, on_gpu)
    key = "gpu" if on_gpu else "cpu"
    entry = load_manifest(snippet.topic).get(snippet.path.name, {}).get(key, {})
    current = path.read_text() if path.exists() else None
    if current == printed and entry.get("source_sha256") == snippet.source_hash() and not reprove:
        return "unchanged"
    example = example_of(snippet)
    if not example.isolates(snippet.framework):  # isolated files already ran alone
        alone = run_fresh(snippet, example.timeout).stdout
        if alone != printed:
            diff = "".join(
                difflib.unified_diff(
                    printed.splitlines(True),
                    alone.splitlines(True),
                    "in its page's notebook",
                    "alone",
                )
            )
            raise SnippetError(
                f"{snippet.rel} prints something else alone than after its page's earlier "
                f"cells:\n{diff}\nA cell before it leaves state behind (a seed, a global "
                "setting), or this file depends on one: make the file set what it relies on, "
                "or mark the example `fresh_kernel` in examples.toml."
            )
    if current != printed:
        path.write_text(printed)
    with _manifest_lock(snippet.topic):
        manifest = load_manifest(snippet.topic)
        manifest.setdefault(snippet.path.name, {})[key] = {"source_sha256": snippet.source_hash()}
        _write_json_atomically(manifest_path(snippet.topic), manifest)
    return "recorded"


def record(paths: list[str], jobs: int = 2) -> int:
    """`make outputs`: the suite's own output test, in update mode, for the selected snippets.

    The snippets run exactly as `make test` runs them (each page's notebook in a Jupyter
    kernel); each new or changed output is written only after the file, run alone in a
    fresh interpreter, printed the same (update_recording).
    """
    for target in paths:
        if not (REPO / target).exists():
            print(f"no snippets under {target}", file=sys.stderr)
            return 2
    command = [
        sys.executable, "-m", "pytest", "tests/test_snippets.py", "-q",
        "-k", "test_output_matches_recording", "--update-outputs",
        "-p", "no:randomly",
        *([f"-n{jobs}", "--dist", "loadgroup"] if jobs > 1 else []),
        *[f"--only={target}" for target in paths],
    ]  # fmt: skip
    status = subprocess.run(command, cwd=REPO).returncode
    for manifest_file in SNIPPETS.glob("*/recorded.json"):  # forget deleted files
        manifest = json.loads(manifest_file.read_text())
        kept = {k: v for k, v in manifest.items() if (manifest_file.parent / k).exists()}
        if kept != manifest:
            _write_json_atomically(manifest_file, kept)
    if status != 0:
        return status
    changed = versions_changed()
    if not paths or not VERSIONS_FILE.exists():
        versions = installed_versions()
        old = recorded_versions()
        # Keep the date of the last full recording when versions are unchanged.
        versions["recorded_on"] = (
            old.get("recorded_on", _dt.date.today().isoformat())
            if not changed
            else _dt.date.today().isoformat()
        )
        _write_json_atomically(VERSIONS_FILE, versions)
    elif changed:
        print(
            "installed versions differ from snippets/versions.json: run `make outputs` "
            "with no ONLY= to re-record every snippet",
            file=sys.stderr,
        )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rosetta")
    sub = parser.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record", help="run the suite's output test in update mode")
    rec.add_argument("paths", nargs="*", help="snippet files or folders (default: all)")
    rec.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    if args.command == "record":
        return record(args.paths, args.jobs)
    return 2


if __name__ == "__main__":
    sys.exit(main())
