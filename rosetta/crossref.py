"""The API cross-reference: load snippets/crossref.yaml, run each row in all three frameworks.

A row is one concept with the call in PyTorch, TensorFlow and JAX and the inputs to call
them on. The suite runs every row and compares shapes, dtypes and values; a difference must
be declared in the row (`differs`) and explained (`note`), and a declared difference that
no longer exists fails too, so notes stay true. The site page is generated from the same file
by rosetta/generated/crossref.py.

Row fields: rosetta.schema.CrossrefRow, one description per field (CONTRIBUTING.md lists
them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from rosetta import schema
from rosetta.harness import FRAMEWORKS, REPO

CROSSREF_FILE = REPO / "snippets" / "crossref.yaml"
# Each category's heading in the English and the Chinese edition; the order is the page's.
CATEGORIES = {
    "creation": "创建",
    "dtype and casting": "数据类型与类型转换",
    "shape and indexing": "形状与索引",
    "elementwise math": "逐元素运算",
    "reductions": "归约",
    "comparison and logic": "比较与逻辑",
    "linear algebra": "线性代数",
    "random": "随机数",
    "fft": "FFT",
    "activations": "激活函数",
    "losses": "损失函数",
    "optimizers": "优化器",
    "layers": "层",
    "autodiff": "自动微分",
    "device and placement": "设备与放置",
    "in-place vs functional": "原地修改与函数式更新",
    "custom ops and callbacks": "自定义算子与回调",
}
DIFFERENCES = {"value", "dtype", "shape"}
INPUT_SPEC = re.compile(r"^(?P<dtype>[a-z0-9]+)(?P<kind>\+|:spd)?\[(?P<shape>[0-9, ]*)\]$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
CALL = re.compile(r"\b((?:torch|tf|jnp|jax|np|optax|keras|nnx)(?:\.[A-Za-z_][A-Za-z0-9_]*)+)")


@dataclass
class Row:
    data: dict
    line: int = 0

    @property
    def id(self) -> str:
        return self.data["id"]

    def code(self, framework: str) -> str:
        return str(self.data[framework]).strip()

    def text(self, field: str, language: str = "en") -> str:
        """The row's `concept` or `note` in one edition's language ("" where it has none)."""
        words = self.data.get("zh", {}) if language == "zh" else self.data
        return str(words.get(field, "")).strip()

    @property
    def differs(self) -> set[str]:
        return set(self.data.get("differs", []))

    @property
    def nearest(self) -> set[str]:
        return set(self.data.get("nearest", []))

    @property
    def compare(self) -> str:
        return self.data.get("compare", "value")

    def primary_call(self, framework: str) -> str | None:
        """The first framework API the entry names: what its docs link points at."""
        for match in CALL.finditer(self.code(framework)):
            name = match.group(1)
            if not name.startswith("np."):
                return name
        return None

    def doc_url(self, framework: str) -> str | None:
        explicit = self.data.get("docs", {}).get(framework)
        if explicit:
            return explicit
        name = self.primary_call(framework)
        return doc_url_for(name) if name else None


def doc_url_for(name: str) -> str | None:
    """The official API page for a dotted name, by each project's URL scheme."""
    if name.startswith("torch."):
        return f"https://docs.pytorch.org/docs/stable/generated/{name}.html"
    if name.startswith("tf."):
        return "https://www.tensorflow.org/api_docs/python/" + name.replace(".", "/")
    if name.startswith("keras."):
        return "https://www.tensorflow.org/api_docs/python/tf/" + name.replace(".", "/")
    if name.startswith("jnp."):
        return f"https://docs.jax.dev/en/latest/_autosummary/jax.numpy.{name[4:]}.html"
    if name.startswith("jax."):
        return f"https://docs.jax.dev/en/latest/_autosummary/{name}.html"
    if name.startswith("optax."):
        return f"https://optax.readthedocs.io/en/latest/api/all.html#{name}"
    if name.startswith("nnx."):
        return "https://flax.readthedocs.io/en/latest/api_reference/flax.nnx/index.html"
    return None


def load_rows(path: Path = CROSSREF_FILE) -> list[Row]:
    text = path.read_text()
    try:
        document = yaml.safe_load(text) or {}
    except yaml.YAMLError as error:
        raise ValueError(
            f"{path.relative_to(REPO)} is not valid YAML: {error}\nQuote entries "
            "that contain ': ' (for example lambdas)."
        ) from error
    rows = document.get("rows", [])
    lines = [i + 1 for i, line in enumerate(text.splitlines()) if line.startswith("  - id:")]
    return [Row(data, lines[i] if i < len(lines) else 0) for i, data in enumerate(rows)]


def validate(rows: list[Row]) -> list[str]:
    """Structural problems, each naming the row and the fix."""
    problems, seen = [], set()
    rel = CROSSREF_FILE.relative_to(REPO)
    for row in rows:
        where = f"{rel}:{row.line} row `{row.data.get('id', '?')}`"
        shape = schema.problems(schema.CrossrefRow, row.data, where)
        if shape:
            problems += shape
            continue
        if row.id in seen:
            problems.append(f"{where}: duplicate id")
        seen.add(row.id)
        if row.data["category"] not in CATEGORIES:
            problems.append(f"{where}: category must be one of {', '.join(CATEGORIES)}")
        if row.differs - DIFFERENCES:
            problems.append(f"{where}: `differs` takes {sorted(DIFFERENCES)}")
        if row.nearest - set(FRAMEWORKS):
            problems.append(f"{where}: `nearest` takes framework names {FRAMEWORKS}")
        if (row.differs or row.nearest or row.compare != "value") and not row.data.get("note"):
            problems.append(
                f"{where}: a row with `differs`, `nearest` or `compare` needs a "
                "`note` that says what differs and why"
            )
        if row.compare not in ("value", "shape", "none"):
            problems.append(f"{where}: compare must be value, shape or none")
        problems += _chinese_text_problems(row, where)
    return problems


def _chinese_text_problems(row: Row, where: str) -> list[str]:
    """The Chinese edition shows the same rows: each needs its concept (and note) in Chinese."""
    zh, found = row.data["zh"], []
    for field in ("concept", "note"):
        english, chinese = row.text(field), row.text(field, "zh")
        if english and not chinese:
            found.append(f"{where}: `zh` needs `{field}`, the Chinese for: {english}")
        if chinese and not english:
            found.append(f"{where}: `zh` has a `{field}` the English row lacks; remove it")
        # A concept may keep its English name (ReLU, Log-softmax); other text is translated.
        kept_name = field == "concept" and chinese == english
        if chinese and not _HAN.search(chinese) and not kept_name:
            found.append(f"{where}: `zh.{field}` has no Chinese in it; translate it")
    unknown = set(zh) - {"concept", "note"}
    if unknown:
        found.append(f"{where}: `zh` takes only `concept` and `note`, not {sorted(unknown)}")
    return found


# ----------------------------------------------------------------------------- running


def make_inputs(row: Row):
    """NumPy inputs, seeded per row so every framework sees the same numbers."""
    import zlib

    import numpy as np

    rng = np.random.default_rng(zlib.crc32(row.id.encode()))
    values = {}
    for name, spec in (row.data.get("inputs") or {}).items():
        if isinstance(spec, list):
            array = np.asarray(spec)
            if array.dtype == np.float64:
                array = array.astype(np.float32)
            elif array.dtype == np.int64:
                array = array.astype(np.int32)
            values[name] = array
            continue
        if isinstance(spec, (int, float)):
            values[name] = spec
            continue
        match = INPUT_SPEC.match(str(spec))
        if match is None:
            raise ValueError(f"row `{row.id}`: input `{name}` has unknown spec `{spec}`")
        dtype, kind = match["dtype"], match["kind"]
        shape = tuple(int(s) for s in match["shape"].replace(" ", "").split(",") if s)
        if dtype == "bool":
            array = rng.integers(0, 2, size=shape).astype(bool)
        elif dtype.startswith("int") or dtype.startswith("uint"):
            low, high = (1, 10) if kind == "+" else (-5, 5)
            array = rng.integers(low, high, size=shape).astype(dtype)
        elif kind == ":spd":
            m = rng.standard_normal(shape)
            array = (m @ m.T + shape[0] * np.eye(shape[0])).astype(dtype)
        elif kind == "+":
            array = rng.uniform(0.5, 2.0, size=shape).astype(dtype)
        else:
            array = rng.standard_normal(size=shape).astype(dtype)
        values[name] = array
    return values


def _convert(framework: str, value):
    import numpy as np

    if not isinstance(value, np.ndarray):
        return value
    if framework == "pytorch":
        import torch

        return torch.from_numpy(value.copy())
    if framework == "tensorflow":
        import tensorflow as tf

        return tf.constant(value)
    import jax.numpy as jnp

    return jnp.asarray(value)


def framework_namespace(framework: str) -> dict:
    import numpy as np

    namespace = {"np": np}
    if framework == "pytorch":
        import torch

        namespace["torch"] = torch
    elif framework == "tensorflow":
        import keras
        import tensorflow as tf

        namespace.update(tf=tf, keras=keras)
    else:
        import jax
        import jax.numpy as jnp
        import optax
        from flax import nnx

        namespace.update(jax=jax, jnp=jnp, optax=optax, nnx=nnx)
    return namespace


def run_row(row: Row, framework: str):
    """Evaluates one framework's entry on the row's inputs; returns the result."""
    namespace = framework_namespace(framework)
    # Rows compare API semantics, so all three run on the CPU even when a GPU is present
    # (a GPU's TF32 matmuls would otherwise differ from PyTorch's float32 ones).
    with _on_cpu(framework):
        namespace.update({k: _convert(framework, v) for k, v in make_inputs(row).items()})
        code = row.code(framework)
        if "\n" in code or re.match(r"^\s*result\s*=", code):
            exec(compile(code, f"<crossref {row.id} {framework}>", "exec"), namespace)
            if "result" not in namespace:
                raise ValueError(f"row `{row.id}`: the {framework} code must assign `result`")
            return namespace["result"]
        return eval(compile(code, f"<crossref {row.id} {framework}>", "eval"), namespace)


def _on_cpu(framework: str):
    import contextlib

    if framework == "tensorflow":
        import tensorflow as tf

        return tf.device("/CPU:0")
    if framework == "jax":
        import jax

        return jax.default_device(jax.devices("cpu")[0])
    return contextlib.nullcontext()
