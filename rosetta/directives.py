"""The one-line example directive and the three tabs it stands for.

A page shows a three-framework example with one line:

    <!-- rosetta:example tensors/creation hl="5-10|6-11|4-9" -->

It expands to the `PyTorch`, `TensorFlow` and `JAX` tabs, each holding the whole snippet file
(its highlighted lines from `hl`, one group per framework in that order, any group may be
empty) and its recorded output. The Markdown extension (rosetta.markdown) expands it for
MkDocs and Zensical alike, and the page checks read the same expansion, so what is checked
is what is built.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

FRAMEWORKS = ("pytorch", "tensorflow", "jax")
TAB_LABEL = {"pytorch": "PyTorch", "tensorflow": "TensorFlow", "jax": "JAX"}

# Loose on purpose: anything that starts like a directive is parsed, so that a typo gets an
# error naming the line instead of being left in the page as an HTML comment.
DIRECTIVE_START = re.compile(r"^(?P<indent>[ ]*)<!--\s*rosetta:example\b")
DIRECTIVE = re.compile(
    r"^(?P<indent>[ ]*)<!--\s*rosetta:example\s+(?P<example>[a-z][a-z0-9_]*/[a-z][a-z0-9_]*)"
    r'(?:\s+hl="(?P<hl>[^"]*)")?\s*-->\s*$'
)
HIGHLIGHT_GROUP = re.compile(r"^\s*(\d+(-\d+)?(\s+\d+(-\d+)?)*)?\s*$")


class DirectiveError(ValueError):
    """A malformed directive; the message says what the form is."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message if line is None else f"line {line}: {message}")
        self.line = line
        self.reason = message


@dataclass(frozen=True)
class ExampleDirective:
    example: str  # "topic/name"
    highlights: tuple[str, str, str]  # hl_lines per framework, "" for none
    indent: str = ""

    def snippet(self, framework: str) -> str:
        return f"snippets/{self.example}_{framework}.py"

    def recording(self, framework: str) -> str:
        return f"snippets/{self.example}_{framework}.out"

    def shown_lines(self) -> int:
        """Lines of the first tab's code and output: what the tab set shows by default."""
        files = [REPO / self.snippet("pytorch"), REPO / self.recording("pytorch")]
        return sum(len(f.read_text().splitlines()) for f in files if f.exists())

    def markdown(self) -> list[str]:
        """The tab markup, as a page would spell it out by hand, in a <div> that tells the
        stylesheet how tall the first tab is (rosetta.css sizes the panels it skips drawing
        while off screen from it)."""
        lines: list[str] = [
            f'<div class="rosetta-example" style="--rosetta-lines: {self.shown_lines()}" '
            'markdown="1">',
            "",
        ]
        for framework, highlight in zip(FRAMEWORKS, self.highlights, strict=True):
            options = f' hl_lines="{highlight}"' if highlight else ""
            lines += [
                f'=== "{TAB_LABEL[framework]}"',
                "",
                f"    ```python{options}",
                f'    --8<-- "{self.snippet(framework)}"',
                "    ```",
                "",
                '    ```text title="Output"',
                f'    --8<-- "{self.recording(framework)}"',
                "    ```",
                "",
            ]
        lines.append("</div>")
        return [f"{self.indent}{line}" if line else "" for line in lines]


def parse_directive(line: str) -> ExampleDirective | None:
    """The directive on this line, None if there is none; DirectiveError if malformed."""
    if not DIRECTIVE_START.match(line):
        return None
    match = DIRECTIVE.match(line)
    if match is None:
        raise DirectiveError(
            'an example directive reads <!-- rosetta:example topic/name hl="a|b|c" -->, '
            "with hl optional (highlighted lines for PyTorch|TensorFlow|JAX, e.g. "
            '"5-10|6 8|" ); this line does not match it'
        )
    groups = (match["hl"] or "").split("|") if match["hl"] is not None else ["", "", ""]
    if len(groups) != 3 or not all(HIGHLIGHT_GROUP.match(g) for g in groups):
        raise DirectiveError(
            f'hl="{match["hl"]}" must hold three groups of line numbers separated by |, one '
            'per framework in the order PyTorch|TensorFlow|JAX, e.g. hl="5-10|6 8|4-9"'
        )
    return ExampleDirective(match["example"], tuple(g.strip() for g in groups), match["indent"])


def expand(lines: list[str]) -> tuple[list[str], list[int]]:
    """The page's lines with every directive expanded, and for each resulting line the
    1-based line of the page it comes from (a directive's line for all it expands to).

    A malformed directive raises DirectiveError with its line number."""
    out: list[str] = []
    origin: list[int] = []
    for number, line in enumerate(lines, start=1):
        try:
            directive = parse_directive(line)
        except DirectiveError as error:
            raise DirectiveError(error.reason, number) from None
        if directive is None:
            out.append(line)
            origin.append(number)
        else:
            expansion = directive.markdown()
            out += expansion
            origin += [number] * len(expansion)
    return out, origin
