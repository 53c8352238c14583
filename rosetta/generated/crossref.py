"""The API cross-reference page, rendered from snippets/crossref.yaml.

The page is generated at build time and never pasted by hand. Each category becomes a
section (so site search lands on it), each row a table row with links to the official docs
and a marker: verified equal, or a documented difference with its note.
"""

from __future__ import annotations

import html
import re

from rosetta import tables
from rosetta.crossref import CATEGORIES, CROSSREF_FILE, load_rows
from rosetta.generated.versions import recorded_versions
from rosetta.harness import FRAMEWORKS, TAB_LABEL

MARKER = "<!-- rosetta:crossref -->"
SUMMARY_MARKER = "<!-- rosetta:crossref-summary -->"
CATEGORIES_MARKER = "<!-- rosetta:crossref-categories -->"


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")


# Where a call may wrap in a narrow column: after a dot between names (torch.|linalg.|svd)
# and after an opening bracket. The CSS allows no other break, so no name is cut in two.
BREAK_AFTER = re.compile(r"(?<=[A-Za-z_)\]])\.(?=[A-Za-z_])|[(\[](?=[^)\]])")


def _breakable(text: str) -> str:
    return BREAK_AFTER.sub(lambda m: m.group(0) + "<wbr>", html.escape(text))


def _call_cell(row, framework: str, anchored: set[str]) -> str:
    code = _breakable(row.code(framework))
    # Multi-line idioms are a <code> that the table's CSS shows as a block with its line
    # breaks: a <pre> would make Material mount a code block, copy button and resize
    # observer per cell, which was most of this page's load-time work on a phone.
    body = (
        f'<code class="rosetta-multiline">{code}</code>' if "\n" in code else f"<code>{code}</code>"
    )
    url = row.doc_url(framework)
    name = row.primary_call(framework)
    # The first row that uses a call carries its anchor: reference/#torch.linalg.svd
    anchor = f' id="{html.escape(name)}"' if name and name not in anchored else ""
    if name:
        anchored.add(name)
    link = (
        (
            f'<a class="rosetta-doc" href="{html.escape(url)}" title="Official documentation'
            f'{" for " + html.escape(name) if name else ""}">docs</a>'
        )
        if url
        else ""
    )
    nearest = (
        (
            '<span class="rosetta-nearest" title="No direct equivalent: nearest idiom">'
            "nearest</span> "
        )
        if framework in row.nearest
        else ""
    )
    search = html.escape(row.code(framework).lower())
    return (
        f'<td data-framework="{framework}" data-search="{search}"{anchor}>'
        f"{nearest}{body} {link}</td>"
    )


def _status_cell(row) -> str:
    note = _breakable(row.data.get("note", ""))  # notes name calls too
    if row.differs or row.nearest or row.compare != "value":
        what = ", ".join(sorted(row.differs)) or (
            "shape only"
            if row.compare == "shape"
            else "not comparable"
            if row.compare == "none"
            else "nearest idiom"
        )
        return (
            f'<td class="rosetta-status"><span class="rosetta-differs">&#9888; differs: '
            f"{html.escape(what)}</span><br>{note}</td>"
        )
    extra = f"<br>{note}" if note else ""
    verified = '<span class="rosetta-verified">&#10003; same result</span>'
    return f'<td class="rosetta-status">{verified}{extra}</td>'


def _pieces(line: str) -> list[str]:
    """A line cut where the browser may wrap it: after spaces, and where _breakable puts a
    <wbr>. Each piece keeps its trailing space."""
    pieces = []
    for word in re.findall(r"[^ ]+ ?| ", line):
        parts, breaks = BREAK_AFTER.split(word), BREAK_AFTER.findall(word)
        pieces += [part + (breaks[i] if i < len(breaks) else "") for i, part in enumerate(parts)]
    return [piece for piece in pieces if piece]


def _longest_piece(text: str) -> int:
    return max((len(p.rstrip()) for line in text.split("\n") for p in _pieces(line)), default=0)


def _wrapped_lines(text: str, width: float) -> int:
    """Lines that text takes, wrapped greedily at width characters."""
    count = 0
    for line in text.split("\n"):
        count, used = count + 1, 0
        for piece in _pieces(line):
            if used and used + len(piece.rstrip()) > width:
                count, used = count + 1, 0
            used += len(piece)
    return count


def _estimated_height_rem(members) -> int:
    """A guess at a table's height, for content-visibility's placeholder.

    Off-screen tables are not laid out until they scroll near; until then they take this
    height. A guess far off makes the scrollbar jump. On a phone (and mostly on a desktop)
    a table is wider than the screen, so each column takes its narrowest width: its longest
    piece that cannot wrap. A call column is as wide as its longest such piece (calls wrap
    only at dots and brackets); the notes column at least 12em (about 22 characters) or its
    longest word. Each row is as tall as its most wrapped cell, the call's docs link
    included. Fitted to Chromium at 390 px: 1.046rem a line plus 1.6rem a row, the header
    2.5rem; tests/test_browser.py checks it.
    """
    call_width = {fw: max(_longest_piece(row.code(fw)) for row in members) for fw in FRAMEWORKS}
    note_width = max(22, 1.1 * max(_longest_piece(row.data.get("note", "")) for row in members))
    height = 2.5
    for row in members:
        call = max(_wrapped_lines(row.code(fw) + " docs", call_width[fw]) for fw in FRAMEWORKS)
        note = 1 + (_wrapped_lines(row.data["note"], note_width) if row.data.get("note") else 0)
        height += 1.046 * max(call, note) + 1.6
    return round(height)


def render(rows, versions: dict) -> str:
    by_category = {c: [r for r in rows if r.data.get("category") == c] for c in CATEGORIES}
    parts, anchored = [], set()
    for category, members in by_category.items():
        if not members:
            continue
        parts.append(f"\n## {category.capitalize()} {{ #{_slug(category)} }}\n")
        parts.append(
            '<div class="rosetta-crossref" style="contain-intrinsic-block-size: auto '
            f'{_estimated_height_rem(members)}rem">{tables.OPEN}\n<thead><tr><th>Concept</th>'
            + "".join(f'<th data-framework="{fw}">{TAB_LABEL[fw]}</th>' for fw in FRAMEWORKS)
            + "<th>Checked</th></tr></thead>\n<tbody>"
        )
        for row in members:
            parts.append(
                f'<tr id="{html.escape(row.id)}" data-category="{_slug(category)}">'
                f"<td>{html.escape(row.data['concept'])}</td>"
                + "".join(_call_cell(row, fw, anchored) for fw in FRAMEWORKS)
                + _status_cell(row)
                + "</tr>"
            )
        parts.append(f"</tbody>{tables.CLOSE}</div>\n")
    return "\n".join(parts)


def summary(rows, versions: dict) -> str:
    documented = sum(1 for r in rows if r.differs or r.nearest or r.compare != "value")
    return (
        f"**{len(rows)} rows** in {len({r.data['category'] for r in rows})} categories, "
        f"every one executed in all three frameworks by the test suite. "
        f"**{len(rows) - documented}** give the same result everywhere; "
        f"**{documented}** have a documented difference. Verified with "
        + ", ".join(
            f"{label} {versions.get(key, '?')}"
            for label, key in (
                ("PyTorch", "torch"),
                ("TensorFlow", "tensorflow"),
                ("JAX", "jax"),
                ("Flax", "flax"),
                ("Optax", "optax"),
                ("NumPy", "numpy"),
            )
        )
        + f" on {versions.get('recorded_on', '?')}."
    )


def expand(markdown: str) -> str:
    if MARKER not in markdown and SUMMARY_MARKER not in markdown:
        return markdown
    rows = load_rows(CROSSREF_FILE)
    versions = recorded_versions()
    markdown = markdown.replace(SUMMARY_MARKER, summary(rows, versions))
    used = [c for c in CATEGORIES if any(r.data.get("category") == c for r in rows)]
    options = "".join(f'<option value="{_slug(c)}">{html.escape(c)}</option>' for c in used)
    markdown = markdown.replace(CATEGORIES_MARKER, options)
    return markdown.replace(MARKER, render(rows, versions))
