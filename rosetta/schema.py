"""The two typed schemas contributors write: a table of snippets/<topic>/examples.toml and a
row of snippets/crossref.yaml. Each field has its type and a description; CONTRIBUTING.md's
tables of keys are checked against them (tests/test_pages.py), and `problems()` names the
file, the table and the key of every mistake, with the nearest valid key for a typo."""

from __future__ import annotations

import difflib
from dataclasses import MISSING, dataclass, field, fields


def _key(description: str, *types: type, required: bool = False):
    return field(
        default=MISSING if required else None, metadata={"doc": description, "types": types}
    )


@dataclass(frozen=True, kw_only=True)
class ExampleSettings:
    """One `[example]` table of snippets/<topic>/examples.toml."""

    compare: list = _key("module-level names whose values must agree in the three files", list)
    compare_shapes: list = _key("names whose shapes must agree; their values may not", list)
    rtol: float = _key("relative tolerance for `compare`; default 0 (exact)", int, float)
    atol: float = _key("absolute tolerance for `compare`; default 0 (exact)", int, float)
    why: str = _key("why a non-zero `rtol` or `atol` is right", str)
    exempt: str = _key("why nothing is comparable; skips the parity check", str)
    at_least: dict = _key("name = bound that every framework's value must reach", dict)
    at_most: dict = _key("name = bound that no framework's value may exceed", dict)
    repeatable: bool = _key(
        "`true`, or a list of frameworks, whose second run must print and compute exactly the same",
        bool,
        list,
    )
    timeout: int = _key("seconds one file may run; default 60", int)
    isolate: bool = _key(
        "`true`, or a list of frameworks, whose files run in a fresh interpreter", bool, list
    )
    fresh_kernel: bool = _key("the page's cells for this example get a kernel of their own", bool)
    gpu_only: str = _key("why it needs a GPU; skipped and not recorded on a CPU", str)
    shows_deprecation: str = _key("why the page shows a deprecation warning it raises", str)


@dataclass(frozen=True, kw_only=True)
class CrossrefRow:
    """One row of snippets/crossref.yaml."""

    id: str = _key("unique slug; also the row's anchor on the page", str, required=True)
    category: str = _key("one of the categories listed in rosetta/crossref.py", str, required=True)
    concept: str = _key("what the row does, in words", str, required=True)
    inputs: dict = _key('name: spec, e.g. "float32[3,4]", "int32+[5]", a list or a number', dict)
    pytorch: str = _key("an expression, or lines that assign `result`", str, required=True)
    tensorflow: str = _key("an expression, or lines that assign `result`", str, required=True)
    jax: str = _key("an expression, or lines that assign `result`", str, required=True)
    compare: str = _key('"value" (default), "shape" or "none"', str)
    rtol: float = _key("relative tolerance for values", int, float)
    atol: float = _key("absolute tolerance for values", int, float)
    differs: list = _key('what legitimately differs: "value", "dtype", "shape"', list)
    note: str = _key("the difference in words; required with `differs` or `nearest`", str)
    nearest: list = _key("frameworks whose entry is the nearest idiom, not an equivalent", list)
    docs: dict = _key("framework: URL, where the link cannot be derived from the call", dict)
    zh: dict = _key(
        "the Chinese edition's words: `concept`, and `note` where the row has one",
        dict,
        required=True,
    )


def keys(schema) -> dict[str, str]:
    """key -> description, in the schema's order."""
    return {f.name: f.metadata["doc"] for f in fields(schema)}


def problems(schema, table: dict, where: str) -> list[str]:
    """What is wrong with one table: unknown keys, wrong types, missing required keys."""
    known = {f.name: f for f in fields(schema)}
    found = []
    for key, value in table.items():
        if key not in known:
            close = difflib.get_close_matches(key, known, n=1)
            hint = f"did you mean `{close[0]}`?" if close else f"known keys: {', '.join(known)}"
            found.append(f"{where}: unknown key `{key}`; {hint}")
            continue
        types = known[key].metadata["types"]
        if not isinstance(value, types) or (bool not in types and isinstance(value, bool)):
            expected = " or ".join(t.__name__ for t in types)
            found.append(f"{where}: `{key}` must be {expected}, not {type(value).__name__}")
    for name, spec in known.items():
        if spec.default is MISSING and name not in table:
            found.append(f"{where}: `{name}` is required ({spec.metadata['doc']})")
    return found


def markdown_table(schema) -> str:
    """The key table CONTRIBUTING.md shows (`python -m rosetta keys` prints both)."""
    required = {f.name for f in fields(schema) if f.default is MISSING}
    rows = ["| Key | Type | What it does |", "| --- | --- | --- |"]
    for f in fields(schema):
        kind = " or ".join(t.__name__ for t in f.metadata["types"])
        name = f"`{f.name}`" + (" (required)" if f.name in required else "")
        rows.append(f"| {name} | {kind} | {f.metadata['doc']} |")
    return "\n".join(rows)
