"""Tables written in the shape Material's script would give them in the browser.

Material's script wraps every table without a class in two <div>s, so that it scrolls
sideways on a phone. Done in the browser, that moved each table after it was styled: on
the cross-reference (1,400 cells) it restyled the whole article during start-up. Rosetta
writes the wrappers at build time (rosetta.markdown for Markdown tables, the generators for
their own HTML) and gives the table a class, which the script skips. rosetta.css draws
`table.rosetta-table` as Material draws a table without a class; tests/test_browser.py
compares the two.
"""

from __future__ import annotations

TABLE_CLASS = "rosetta-table"
OUTER, INNER = "md-typeset__scrollwrap", "md-typeset__table"
OPEN = f'<div class="{OUTER}"><div class="{INNER}"><table class="{TABLE_CLASS}">'
CLOSE = "</table></div></div>"
