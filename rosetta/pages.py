"""Reads the Markdown pages the way pymdownx does, enough to check their structure.

It expands the one-line example directives exactly as the site build does
(rosetta.directives), then finds tab sets (`=== "Label"`), fenced code blocks, and `--8<--`
includes, with the page's own line numbers (a directive's line for all it expands to), so
every check can name `docs/page.md:LINE` in its message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from rosetta.directives import DirectiveError, expand
from rosetta.harness import REPO, TAB_LABEL

TAB_HEADER = re.compile(r'^(?P<indent>\s*)===(?:!|\+)?\s+"(?P<label>[^"]*)"\s*$')
FENCE_OPEN = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})\s*(?P<info>.*)$")
INCLUDE = re.compile(r'^\s*-{1,}8<-{1,}\s+"(?P<target>[^"]+)"\s*$')
SKIP_MARK = re.compile(r"^\s*<!--\s*pytest\.mark\.skip\((?P<args>.*)\)\s*-->\s*$")

# Labels that mark a tab set as a framework comparison, so typos are caught too.
FRAMEWORK_WORDS = ("pytorch", "torch", "tensorflow", "keras", "jax", "flax")
EXPECTED_LABELS = list(TAB_LABEL.values())


@dataclass
class Fence:
    line: int  # 1-based page line of the opening fence (of its directive, if expanded)
    info: str  # everything after the backticks: language and options
    body: list[str]
    tab: tuple[int, str] | None  # (line of its tab set, tab label) of the innermost tab
    preceded_by: str  # the nearest non-blank line above the fence
    end_line: int = 0  # page line of the closing fence

    @property
    def language(self) -> str:
        return self.info.split()[0] if self.info else ""

    @property
    def tab_label(self) -> str | None:
        return self.tab[1] if self.tab else None

    @property
    def includes(self) -> list[str]:
        return [m["target"] for line in self.body if (m := INCLUDE.match(line))]


@dataclass
class TabSet:
    line: int
    indent: int
    labels: list[str] = field(default_factory=list)
    label_lines: list[int] = field(default_factory=list)

    @property
    def is_framework_set(self) -> bool:
        return any(word in label.lower() for label in self.labels for word in FRAMEWORK_WORDS)


@dataclass
class Page:
    path: Path
    text: str  # as written, directives unexpanded
    tab_sets: list[TabSet]
    fences: list[Fence]
    expanded: list[tuple[int, str]] = field(default_factory=list)  # (page line, line)
    directive_error: str | None = None  # a malformed directive, with its line

    @property
    def rel(self) -> str:
        return self.path.relative_to(REPO).as_posix()

    def includes(self) -> list[tuple[int, str]]:
        """All `--8<--` includes with their line numbers, inside fences or not."""
        return [
            (number, m["target"]) for number, line in self.expanded if (m := INCLUDE.match(line))
        ]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def parse_page(path: Path) -> Page:
    text = path.read_text()
    directive_error = None
    try:
        lines, origin = expand(text.splitlines())
    except DirectiveError as error:
        directive_error = f"{path.relative_to(REPO).as_posix()}:{error.line}: {error.reason}"
        lines = text.splitlines()
        origin = list(range(1, len(lines) + 1))
    tab_sets: list[TabSet] = []
    fences: list[Fence] = []
    open_sets: list[TabSet] = []  # stack, innermost last
    open_tabs: list[tuple[int, str, int]] = []  # (indent, label, set line) of open tabs
    previous_nonblank = ""
    i = 0
    while i < len(lines):
        line = lines[i]
        number = origin[i]
        if line.strip():
            indent = _indent(line)
            header = TAB_HEADER.match(line)
            # Leaving content: close tabs and sets whose body this line is not part of.
            while (
                open_tabs
                and indent <= open_tabs[-1][0]
                and not (header and indent == open_tabs[-1][0])
            ):
                open_tabs.pop()
            while open_sets and (
                indent < open_sets[-1].indent or (indent == open_sets[-1].indent and not header)
            ):
                open_sets.pop()
            if header:
                if open_tabs and open_tabs[-1][0] == indent:
                    open_tabs.pop()
                if open_sets and open_sets[-1].indent == indent:
                    tab_set = open_sets[-1]
                else:
                    tab_set = TabSet(line=number, indent=indent)
                    tab_sets.append(tab_set)
                    open_sets.append(tab_set)
                tab_set.labels.append(header["label"])
                tab_set.label_lines.append(number)
                open_tabs.append((indent, header["label"], tab_set.line))
                previous_nonblank = line
                i += 1
                continue
            fence = FENCE_OPEN.match(line)
            if fence:
                marker = fence["fence"]
                info = fence["info"].strip()
                body = []
                j = i + 1
                while j < len(lines) and not lines[j].strip().startswith(marker):
                    body.append(lines[j])
                    j += 1
                tab = (open_tabs[-1][2], open_tabs[-1][1]) if open_tabs else None
                end = origin[min(j, len(lines) - 1)]
                fences.append(Fence(number, info, body, tab, previous_nonblank, end))
                previous_nonblank = lines[j] if j < len(lines) else ""
                i = j + 1
                continue
            previous_nonblank = line
        i += 1
    return Page(
        path, text, tab_sets, fences, list(zip(origin, lines, strict=True)), directive_error
    )


def all_pages() -> list[Page]:
    """The English pages; their Chinese twins are in rosetta.i18n."""
    from rosetta.i18n import english_pages

    return [parse_page(p) for p in english_pages()]
