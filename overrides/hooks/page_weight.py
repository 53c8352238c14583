"""MkDocs hook: drops the Pygments spans that Material gives no style of their own.

Material colours a Name token (class `n`) with the code block's own foreground colour and
does not style whitespace tokens (class `w`), so unwrapping their text changes nothing on
screen or in what the copy button copies. On the tensors page they were a fifth of all
elements, which a phone parses and styles on every load. tests/test_site.py checks that
Material's stylesheets still treat both classes this way.
"""

from __future__ import annotations

import re

UNSTYLED_TOKEN = re.compile(r'<span class="(?:n|w)">([^<]*)</span>')


def on_post_page(output, page, config, **kwargs):
    return UNSTYLED_TOKEN.sub(r"\1", output)
