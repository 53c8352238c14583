"""MkDocs hook: lighter pages for phones.

Drops the Pygments spans that Material gives no style of their own, and sizes what
rosetta.css lets the browser skip while off screen: each code block gets its line count
(a line is 1lh), and each tab set's panels an estimated height. Skipped content keeps
that size, so the scrollbar and anchors stay put; tests/test_browser.py checks the
estimates against rendered heights.

Material colours a Name token (class `n`) with the code block's own foreground colour and
does not style whitespace tokens (class `w`), so unwrapping their text changes nothing on
screen or in what the copy button copies. On the tensors page they were a fifth of all
elements, which a phone parses and styles on every load. tests/test_site.py checks that
Material's stylesheets still treat both classes this way.

Tables are wrapped at build time. Material's script wraps every table without a class in
two <div>s so it can scroll sideways, which moves it: on the reference page that rebuilt
the style and layout of 1,400 cells and restyled the whole article during start-up. The
hook writes the same wrappers and gives the table a class, which Material's script skips;
Material's rules for tables without a class are applied to that class by a stylesheet
derived from Material's own when the site is built (tests/test_browser.py compares the
two looks).

Material's bundle is loaded with `defer`. As a plain script at the end of <body>, it ran
in the same task as the parsing of the page's last part, and its first read of the
scroll position forced the style and layout of that part inside it: one long task. When
deferred, it runs after parsing ends, once the browser has rendered, so that work stays
in a task of its own. It still runs before DOMContentLoaded, where Material starts its
components. (overrides/main.html sets the classes the bundle puts on <html> early, so that
the bundle does not restyle the page a second time.)
"""

from __future__ import annotations

import re
from pathlib import Path

UNSTYLED_TOKEN = re.compile(r'<span class="(?:n|w)">([^<]*)</span>')
# pymdownx.highlight's markup for a fenced block; notebook cells have their own.
CODE_BLOCK = re.compile(r"<pre><span></span><code>(.*?)</code></pre>", re.DOTALL)


def _with_line_count(match: re.Match) -> str:
    code = match.group(1)
    lines = code.count("\n") + (0 if code.endswith("\n") else 1)
    return f'<pre><span></span><code style="--rosetta-lines: {lines}">{code}</code></pre>'


# Material's metrics: code is 0.85em of the 0.8rem body text, 1.4 lines high. Each block
# adds about 2.8rem: padding and margin, and the "Output" title bar averaged over a code
# block and its output (measured on the tensors page at phone and desktop widths).
CODE_LINE_REM = 0.8 * 0.85 * 1.4
BLOCK_REM = 2.8
TAB_PANELS = '<div class="tabbed-content">'
FIRST_PANEL_END = '<div class="tabbed-block">'
LINE_COUNT = re.compile(r"--rosetta-lines: (\d+)")


def _with_panel_estimates(output: str) -> str:
    before, *tab_sets = output.split(TAB_PANELS)
    sized = [before]
    for tab_set in tab_sets:
        # The first panel runs to the second panel's start: the one shown by default.
        first_panel = tab_set.split(FIRST_PANEL_END, 2)[1] if FIRST_PANEL_END in tab_set else ""
        lines = [int(n) for n in LINE_COUNT.findall(first_panel)]
        height = CODE_LINE_REM * sum(lines) + BLOCK_REM * len(lines)
        style = f' style="contain-intrinsic-block-size: auto {height:.1f}rem"' if lines else ""
        sized.append(f'<div class="tabbed-content"{style}>{tab_set}')
    return "".join(sized)


PLAIN_TABLE = re.compile(r"<table>(.*?)</table>", re.DOTALL)
TABLE_CLASS = "rosetta-table"
WRAPPED_TABLE = (
    '<div class="md-typeset__scrollwrap"><div class="md-typeset__table">'
    f'<table class="{TABLE_CLASS}">\\1</table></div></div>'
)
MATERIAL_TABLE = "table:not([class])"
RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
MEDIA_BLOCK = re.compile(r"(@media[^{]*)\{((?:[^{}]*\{[^{}]*\})*)\}")


def material_table_rules(css: str) -> str:
    """Material's rules for tables without a class, rewritten for TABLE_CLASS."""

    def rewrite(rules: str) -> str:
        out = []
        for selectors, body in RULE.findall(rules):
            chosen = [s for s in selectors.split(",") if MATERIAL_TABLE in s]
            if chosen:
                ours = ",".join(s.replace(MATERIAL_TABLE, f"table.{TABLE_CLASS}") for s in chosen)
                out.append(f"{ours.strip()}{{{body}}}")
        return "".join(out)

    media = [(query, rewrite(body)) for query, body in MEDIA_BLOCK.findall(css)]
    media = "".join(f"{query}{{{inner}}}" for query, inner in media if inner)
    return rewrite(MEDIA_BLOCK.sub("", css)) + media


def _material_stylesheet(config) -> str:
    for folder in config["theme"].dirs:
        found = sorted((Path(folder) / "assets" / "stylesheets").glob("main.*.min.css"))
        if found:
            return found[0].read_text()
    raise RuntimeError("page_weight hook: Material's main stylesheet was not found")


_table_style = ""


def on_config(config, **kwargs):
    global _table_style
    rules = material_table_rules(_material_stylesheet(config))
    if not rules:
        raise RuntimeError(
            f"page_weight hook: Material's stylesheet has no rules for {MATERIAL_TABLE}; "
            "stop wrapping tables at build time (on_post_page) or follow the new selector"
        )
    _table_style = f"<style>{rules}</style>"


MATERIAL_BUNDLE = re.compile(r'(<script src="[^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js")>')


def on_post_page(output, page, config, **kwargs):
    output = CODE_BLOCK.sub(_with_line_count, UNSTYLED_TOKEN.sub(r"\1", output))
    output = MATERIAL_BUNDLE.sub(r"\1 defer>", output, count=1)
    output, tables = PLAIN_TABLE.subn(WRAPPED_TABLE, output)
    if tables:
        output = output.replace("</head>", f"{_table_style}</head>", 1)
    return _with_panel_estimates(output)
