"""Lighter code blocks: a Pygments filter that leaves two token kinds unwrapped.

Material draws a Name token (class `n`) in the code's own colour and gives whitespace
tokens (class `w`) no style, so their <span>s change nothing on screen or in what the copy
button copies; they were about a third of the elements of the longest pages. Emitted as
plain text instead, a phone has that many fewer elements to parse, style and lay out (on
the attention page: 8,428 elements to 5,959, and Lighthouse's blocking time about halved).
mkdocs.yml gives the filter to pymdownx.highlight's Python lexer, so MkDocs and Zensical
build the same markup; tests/test_site.py checks that no stylesheet styles the two classes.
"""

from __future__ import annotations

from pygments.filter import Filter
from pygments.token import Name, Text, Whitespace


class UnstyledTokensAsText(Filter):
    def filter(self, lexer, stream):
        for kind, value in stream:
            # Exactly these two kinds: Name.Function, Name.Builtin and so on keep their colour.
            yield (Text if kind is Name or kind is Whitespace else kind), value
