"""The API cross-reference page, rendered from snippets/crossref.yaml.

The page is generated at build time and never pasted by hand. Each category becomes a
section (so site search lands on it), each row a table row with links to the official docs
and a marker: verified equal, or a documented difference with its note.
"""

from __future__ import annotations

import html
import re

from rosetta import tables
from rosetta.crossref import CATEGORIES, CROSSREF_FILE, Row, load_rows
from rosetta.generated.versions import recorded_versions
from rosetta.harness import FRAMEWORKS, TAB_LABEL

MARKER = "<!-- rosetta:crossref -->"
SUMMARY_MARKER = "<!-- rosetta:crossref-summary -->"
CATEGORIES_MARKER = "<!-- rosetta:crossref-categories -->"


# The words the generator writes around the data, per edition; the rows bring their own.
LABELS = {
    "en": {
        "concept": "Concept",
        "checked": "Checked",
        "docs": "docs",
        "docs_title": "Official documentation",
        "docs_for": " for ",
        "nearest": "nearest",
        "nearest_title": "No direct equivalent: nearest idiom",
        "same": "same result",
        "differs": "differs: ",
        "value": "value",
        "dtype": "dtype",
        "shape": "shape",
        "shape only": "shape only",
        "not comparable": "not comparable",
        "nearest idiom": "nearest idiom",
        "separator": ", ",
    },
    "zh": {
        "concept": "概念",
        "checked": "核对",
        "docs": "文档",
        "docs_title": "官方文档",
        "docs_for": "：",
        "nearest": "近似",
        "nearest_title": "没有直接对应的 API：最接近的写法",
        "same": "结果一致",
        "differs": "有差异：",
        "value": "数值",
        "dtype": "数据类型",
        "shape": "形状",
        "shape only": "仅比较形状",
        "not comparable": "不可比较",
        "nearest idiom": "近似写法",
        "separator": "、",
    },
}


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")


# Where a call may wrap in a narrow column: after a dot between names (torch.|linalg.|svd)
# and after an opening bracket. The CSS allows no other break, so no name is cut in two.
BREAK_AFTER = re.compile(r"(?<=[A-Za-z_)\]])\.(?=[A-Za-z_])|[(\[](?=[^)\]])")


def _breakable(text: str) -> str:
    return BREAK_AFTER.sub(lambda m: m.group(0) + "<wbr>", html.escape(text))


def _call_cell(row, framework: str, anchored: set[str], language: str) -> str:
    words = LABELS[language]
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
            f'<a class="rosetta-doc" href="{html.escape(url)}" title="{words["docs_title"]}'
            f'{words["docs_for"] + html.escape(name) if name else ""}">{words["docs"]}</a>'
        )
        if url
        else ""
    )
    nearest = (
        (
            f'<span class="rosetta-nearest" title="{words["nearest_title"]}">'
            f"{words['nearest']}</span> "
        )
        if framework in row.nearest
        else ""
    )
    search = html.escape(row.code(framework).lower())
    return (
        f'<td data-framework="{framework}" data-search="{search}"{anchor}>'
        f"{nearest}{body} {link}</td>"
    )


def _status_cell(row, language: str) -> str:
    words = LABELS[language]
    note = _breakable(row.text("note", language))  # notes name calls too
    if row.differs or row.nearest or row.compare != "value":
        what = (
            words["separator"].join(words[d] for d in sorted(row.differs))
            or words[
                "shape only"
                if row.compare == "shape"
                else "not comparable"
                if row.compare == "none"
                else "nearest idiom"
            ]
        )
        return (
            f'<td class="rosetta-status"><span class="rosetta-differs">&#9888; '
            f"{words['differs']}{html.escape(what)}</span><br>{note}</td>"
        )
    extra = f"<br>{note}" if note else ""
    verified = f'<span class="rosetta-verified">&#10003; {words["same"]}</span>'
    return f'<td class="rosetta-status">{verified}{extra}</td>'


# Chinese wraps between any two characters, and each character is about two Latin ones wide.
WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")


def _width(text: str) -> int:
    return len(text) + len(WIDE.findall(text))


def _pieces(line: str) -> list[str]:
    """A line cut where the browser may wrap it: after spaces, around each Chinese
    character, and where _breakable puts a <wbr>. Each piece keeps its trailing space."""
    pieces = []
    for word in re.findall(r"[^ ]+ ?| ", line):
        parts, breaks = BREAK_AFTER.split(word), BREAK_AFTER.findall(word)
        for i, part in enumerate(parts):
            part += breaks[i] if i < len(breaks) else ""
            pieces += re.split(f"({WIDE.pattern})", part)
    return [piece for piece in pieces if piece]


def _longest_piece(text: str) -> int:
    return max((_width(p.rstrip()) for line in text.split("\n") for p in _pieces(line)), default=0)


def _wrapped_lines(text: str, width: float) -> int:
    """Lines that text takes, wrapped greedily at width characters."""
    count = 0
    for line in text.split("\n"):
        count, used = count + 1, 0
        for piece in _pieces(line):
            if used and used + _width(piece.rstrip()) > width:
                count, used = count + 1, 0
            used += _width(piece)
    return count


# The notes column's narrowest width, in Latin characters. Chinese notes wrap anywhere, and
# the browser gives that column more of the table: fitted to the rendered Chinese tables.
NOTE_MIN_WIDTH = {"en": 22, "zh": 34}


def _estimated_height_rem(members, language: str) -> int:
    """A guess at a table's height, for content-visibility's placeholder.

    Off-screen tables are not laid out until they scroll near; until then they take this
    height. A guess far off makes the scrollbar jump. On a phone (and mostly on a desktop)
    a table is wider than the screen, so each column takes its narrowest width: its longest
    piece that cannot wrap. A call column is as wide as its longest such piece (calls wrap
    only at dots and brackets); the notes column at least NOTE_MIN_WIDTH or its longest
    word. Each row is as tall as its most wrapped cell, the call's docs link
    included. Fitted to Chromium at 390 px: 1.046rem a line plus 1.6rem a row, the header
    2.5rem; tests/test_browser.py checks it in both editions.
    """
    docs = " " + LABELS[language]["docs"]
    notes = [row.text("note", language) for row in members]
    call_width = {fw: max(_longest_piece(row.code(fw)) for row in members) for fw in FRAMEWORKS}
    note_width = max(NOTE_MIN_WIDTH[language], 1.1 * max(_longest_piece(note) for note in notes))
    height = 2.5
    for row, note in zip(members, notes, strict=True):
        call = max(_wrapped_lines(row.code(fw) + docs, call_width[fw]) for fw in FRAMEWORKS)
        status = 1 + (_wrapped_lines(note, note_width) if note else 0)
        height += 1.046 * max(call, status) + 1.6
    return round(height)


def render(rows: list[Row], language: str = "en") -> str:
    words = LABELS[language]
    by_category = {c: [r for r in rows if r.data.get("category") == c] for c in CATEGORIES}
    parts, anchored = [], set()
    for category, members in by_category.items():
        if not members:
            continue
        heading = category.capitalize() if language == "en" else CATEGORIES[category]
        parts.append(f"\n## {heading} {{ #{_slug(category)} }}\n")
        parts.append(
            '<div class="rosetta-crossref" style="contain-intrinsic-block-size: auto '
            f'{_estimated_height_rem(members, language)}rem">{tables.OPEN}\n<thead><tr>'
            f"<th>{words['concept']}</th>"
            + "".join(f'<th data-framework="{fw}">{TAB_LABEL[fw]}</th>' for fw in FRAMEWORKS)
            + f"<th>{words['checked']}</th></tr></thead>\n<tbody>"
        )
        for row in members:
            parts.append(
                f'<tr id="{html.escape(row.id)}" data-category="{_slug(category)}">'
                f"<td>{html.escape(row.text('concept', language))}</td>"
                + "".join(_call_cell(row, fw, anchored, language) for fw in FRAMEWORKS)
                + _status_cell(row, language)
                + "</tr>"
            )
        parts.append(f"</tbody>{tables.CLOSE}</div>\n")
    return "\n".join(parts)


VERSIONS_SHOWN = (
    ("PyTorch", "torch"),
    ("TensorFlow", "tensorflow"),
    ("JAX", "jax"),
    ("Flax", "flax"),
    ("Optax", "optax"),
    ("NumPy", "numpy"),
)


def summary(rows: list[Row], versions: dict, language: str = "en") -> str:
    documented = sum(1 for r in rows if r.differs or r.nearest or r.compare != "value")
    categories = len({r.data["category"] for r in rows})
    pinned = [f"{label} {versions.get(key, '?')}" for label, key in VERSIONS_SHOWN]
    recorded_on = versions.get("recorded_on", "?")
    if language == "zh":
        return (
            f"共 **{len(rows)} 行**，分为 {categories} 类，每一行都由测试套件在三个框架中实际运行。"
            f"其中 **{len(rows) - documented}** 行三者结果一致；"
            f"**{documented}** 行的差异已注明原因。"
            f"核对所用版本：{'、'.join(pinned)}，记录于 {recorded_on}。"
        )
    return (
        f"**{len(rows)} rows** in {categories} categories, "
        f"every one executed in all three frameworks by the test suite. "
        f"**{len(rows) - documented}** give the same result everywhere; "
        f"**{documented}** have a documented difference. Verified with "
        + ", ".join(pinned)
        + f" on {recorded_on}."
    )


def expand(markdown: str, language: str = "en") -> str:
    if MARKER not in markdown and SUMMARY_MARKER not in markdown:
        return markdown
    rows = load_rows(CROSSREF_FILE)
    markdown = markdown.replace(SUMMARY_MARKER, summary(rows, recorded_versions(), language))
    used = [c for c in CATEGORIES if any(r.data.get("category") == c for r in rows)]
    options = "".join(
        f'<option value="{_slug(c)}">{html.escape(c if language == "en" else CATEGORIES[c])}'
        "</option>"
        for c in used
    )
    markdown = markdown.replace(CATEGORIES_MARKER, options)
    return markdown.replace(MARKER, render(rows, language))
