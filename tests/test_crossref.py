"""Every row of the API cross-reference runs in all three frameworks, and agrees or says why."""

from __future__ import annotations

import numpy as np
import pytest

from rosetta.crossref import CROSSREF_FILE, load_rows, run_row, validate
from rosetta.harness import FRAMEWORKS, REPO, TAB_LABEL, to_numpy

ROWS = load_rows() if CROSSREF_FILE.exists() else []
# The rows import all three frameworks into the worker itself (TensorFlow alone takes 7 s);
# on one worker that happens once.
pytestmark = pytest.mark.xdist_group("crossref")
REL = CROSSREF_FILE.relative_to(REPO)


def test_rows_are_well_formed():
    problems = validate(ROWS)
    assert not problems, "\n".join(problems)


def _leaves(value):
    return (
        [np.asarray(value)]
        if not isinstance(value, list)
        else [leaf for item in value for leaf in _leaves(item)]
    )


def observed_differences(row, results) -> tuple[set[str], list[str]]:
    """What differs between PyTorch and each other framework, with the evidence."""
    found, evidence = set(), []
    reference = _leaves(results["pytorch"])
    for framework in FRAMEWORKS[1:]:
        other = _leaves(results[framework])
        if len(other) != len(reference):
            found.add("shape")
            evidence.append(
                f"PyTorch returns {len(reference)} arrays, {TAB_LABEL[framework]} {len(other)}"
            )
            continue
        for a, b in zip(reference, other, strict=True):
            if a.shape != b.shape:
                found.add("shape")
                evidence.append(f"shape {a.shape} in PyTorch, {b.shape} in {TAB_LABEL[framework]}")
                continue
            if a.dtype != b.dtype:
                found.add("dtype")
                evidence.append(f"dtype {a.dtype} in PyTorch, {b.dtype} in {TAB_LABEL[framework]}")
            if row.compare != "value":
                continue
            exact = a.dtype.kind in "biu" and b.dtype.kind in "biu"
            rtol = float(row.data.get("rtol", 0.0 if exact else 1e-5))
            atol = float(row.data.get("atol", 0.0 if exact else 1e-6))
            # complex results are compared as complex, everything else as float64
            wide = np.complex128 if "c" in (a.dtype.kind, b.dtype.kind) else np.float64
            if not np.allclose(
                b.astype(wide), a.astype(wide), rtol=rtol, atol=atol, equal_nan=True
            ):
                found.add("value")
                evidence.append(
                    f"values differ beyond rtol={rtol}, atol={atol}: PyTorch "
                    f"{np.array2string(a, precision=5, threshold=8)}, "
                    f"{TAB_LABEL[framework]} {np.array2string(b, precision=5, threshold=8)}"
                )
    return found, evidence


@pytest.mark.parametrize("row", [pytest.param(r, id=r.id) for r in ROWS])
def test_row_agrees_or_documents_the_difference(row):
    results = {}
    for framework in FRAMEWORKS:
        try:
            results[framework] = to_numpy(run_row(row, framework))
        except Exception as error:  # the row's own code failed
            pytest.fail(
                f"{REL}:{row.line} row `{row.id}`: the {TAB_LABEL[framework]} entry "
                f"`{row.code(framework)}` raised {type(error).__name__}: {error}",
                pytrace=False,
            )
    if row.compare == "none":
        return
    found, evidence = observed_differences(row, results)
    undeclared, stale = found - row.differs, row.differs - found
    if undeclared:
        pytest.fail(
            f"{REL}:{row.line} row `{row.id}`: results differ in "
            f"{', '.join(sorted(undeclared))} with no note:\n  "
            + "\n  ".join(evidence)
            + f"\nFix the call, or add `differs: [{', '.join(sorted(found))}]` and a "
            "`note` that explains the difference.",
            pytrace=False,
        )
    if stale:
        pytest.fail(
            f"{REL}:{row.line} row `{row.id}` declares `differs: "
            f"{sorted(row.differs)}` but the results agree in {', '.join(sorted(stale))}. "
            "Remove it from `differs` and correct the note.",
            pytrace=False,
        )


def test_covers_every_category_with_at_least_200_rows():
    from rosetta.crossref import CATEGORIES

    counts = {c: sum(1 for r in ROWS if r.data.get("category") == c) for c in CATEGORIES}
    assert len(ROWS) >= 200, f"{REL} has {len(ROWS)} rows; the reference promises at least 200"
    assert all(counts.values()), (
        f"categories without rows: {[c for c, n in counts.items() if not n]}"
    )
