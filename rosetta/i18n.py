"""The Chinese edition: one twin page per English page, the same examples, other prose.

English pages are `docs/**/*.md`; their Chinese twins are `docs/zh/**/*.md`, built by
mkdocs.zh.yml into `site/zh/`. A twin shares everything that is not prose with its English
page, and `drift(english, chinese)` lists where it does not:

- the example directives, in the same order (same example, same highlighted lines);
- the generated-content markers (`<!-- rosetta:... -->`), in the same order;
- the headings: the same levels in the same order, each Chinese heading carrying the
  English heading's anchor as `{ #id }`, so links and the language switcher land on the
  same section;
- every fenced code block, character for character: code is never translated.

`python -m rosetta i18n scaffold PAGE` writes a twin that passes these checks at once: the
English page with its anchors spelled out and an "untranslated" marker, which readers see
as a note. Translating it means replacing the prose and removing the marker.

The glossary (docs/zh/glossary.yml) names the Chinese term for each concept and the
variants not to use; `glossary_misuses` finds them outside code.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from rosetta.directives import DIRECTIVE_START

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"
ZH = DOCS / "zh"
GLOSSARY = ZH / "glossary.yml"
UNTRANSLATED = "<!-- rosetta:untranslated -->"

HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<title>.+?)\s*$")
EXPLICIT_ID = re.compile(r"\s*\{\s*#(?P<id>[\w-]+)[^}]*\}\s*$")
MARKER = re.compile(r"^\s*<!--\s*rosetta:(?!untranslated\b)[^>]*-->\s*$")
FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})")
# A code span may wrap onto the next line of its paragraph, never across a blank line.
INLINE_CODE = re.compile(
    r"(?<!`)(?P<ticks>`+)(?!`)(?P<code>(?:(?!\n[ \t]*\n).)+?)(?<!`)(?P=ticks)(?!`)", re.S
)
CODE_PLACEHOLDER = "\ue000"  # stands where a code span was, so punctuation beside it is still seen


def english_pages() -> list[Path]:
    return sorted(p for p in DOCS.rglob("*.md") if ZH not in p.parents)


def chinese_pages() -> list[Path]:
    return sorted(ZH.rglob("*.md"))


def twin(english: Path) -> Path:
    return ZH / english.relative_to(DOCS)


def language_root(page: Path) -> Path:
    """docs/zh for a Chinese page, docs for an English one."""
    return ZH if ZH in page.parents else DOCS


def slug(title: str) -> str:
    """Python-Markdown's default heading id (markdown.extensions.toc.slugify)."""
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


def _visible_title(title: str) -> str:
    """A heading's text as toc slugifies it: no attribute list, no Markdown markup."""
    title = EXPLICIT_ID.sub("", title)
    title = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", title)  # links keep their text
    return re.sub(r"<[^>]+>", "", title).replace("`", "")


@dataclass(frozen=True)
class Heading:
    line: int
    level: int
    id: str
    explicit: bool


@dataclass
class Structure:
    """What a page and its twin must share, each item with its 1-based line."""

    headings: list[Heading]
    examples: list[tuple[int, str]]
    markers: list[tuple[int, str]]
    code: list[tuple[int, str]]
    untranslated: bool


def structure(text: str) -> Structure:
    headings, examples, markers, code = [], [], [], []
    fence: tuple[str, int, list[str]] | None = None
    seen_ids: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if fence is not None:
            marker, start, body = fence
            if line.strip().startswith(marker) and set(line.strip()) == set(marker):
                code.append((start, "\n".join(body)))
                fence = None
            else:
                body.append(line)
            continue
        if m := FENCE.match(line):
            fence = (m["fence"], number, [line.strip()])
            continue
        if DIRECTIVE_START.match(line):
            examples.append((number, line.strip()))
        elif MARKER.match(line):
            markers.append((number, line.strip()))
        elif (m := HEADING.match(line)) and not line.startswith("#!"):
            explicit = EXPLICIT_ID.search(m["title"])
            if explicit:
                ident = explicit["id"]
            else:
                ident = slug(_visible_title(m["title"]))
                # toc numbers repeated ids: "setup", "setup_1", ...
                if ident in seen_ids:
                    seen_ids[ident] += 1
                    ident = f"{ident}_{seen_ids[ident]}"
            seen_ids.setdefault(ident, 0)
            headings.append(Heading(number, len(m["hashes"]), ident, bool(explicit)))
    return Structure(headings, examples, markers, code, UNTRANSLATED in text)


def _sequence_drift(kind: str, en: list, zh: list, en_name: str, zh_name: str) -> list[str]:
    problems = []
    for index in range(max(len(en), len(zh))):
        a = en[index] if index < len(en) else None
        b = zh[index] if index < len(zh) else None
        if a is not None and b is not None and a[1] == b[1]:
            continue
        if a is None:
            problems.append(f"{zh_name}:{b[0]}: extra {kind} {b[1]!r}, not in {en_name}")
        elif b is None:
            problems.append(f"{en_name}:{a[0]}: {kind} {a[1]!r} is missing from {zh_name}")
        else:
            problems.append(
                f"{zh_name}:{b[0]}: {kind} {b[1]!r} where {en_name}:{a[0]} has {a[1]!r}"
            )
        break  # after the first difference, everything after it would differ too
    return problems


def _outline(headings: list[Heading]) -> list[tuple[int, str]]:
    """(line, "h2 #anchor") per heading; the page title's own anchor is never linked to."""
    return [(h.line, "h1" if h.level == 1 else f"h{h.level} #{h.id}") for h in headings]


def drift(english: Path, chinese: Path) -> list[str]:
    """Where the Chinese twin does not share the English page's non-prose structure."""
    en_name = english.relative_to(REPO).as_posix()
    zh_name = chinese.relative_to(REPO).as_posix()
    en, zh = structure(english.read_text()), structure(chinese.read_text())
    problems = _sequence_drift("example", en.examples, zh.examples, en_name, zh_name)
    problems += _sequence_drift("generated block", en.markers, zh.markers, en_name, zh_name)
    problems += _sequence_drift(
        "heading", _outline(en.headings), _outline(zh.headings), en_name, zh_name
    )
    for heading in zh.headings[1:]:  # the page title needs no anchor
        if not heading.explicit:
            problems.append(
                f"{zh_name}:{heading.line}: give this heading the English heading's anchor, "
                "as `## 标题 {{ #english-id }}`, so links and the language switcher land on it"
            )
    problems += _sequence_drift("code block", en.code, zh.code, en_name, zh_name)
    return problems


def scaffold_text(english_text: str) -> str:
    """The English page as an untranslated twin: anchors spelled out, marker under the title."""
    out, seen_title = [], False
    ids = iter(structure(english_text).headings)
    fence = None
    for line in english_text.splitlines():
        if fence is None and (m := FENCE.match(line)):
            fence = m["fence"]
        elif fence is not None and line.strip().startswith(fence):
            fence = None
        elif fence is None and (m := HEADING.match(line)) and not line.startswith("#!"):
            heading = next(ids)
            if seen_title and not heading.explicit:
                line = f"{line} {{ #{heading.id} }}"
            out.append(line)
            if not seen_title:
                out += ["", UNTRANSLATED]
                seen_title = True
            continue
        out.append(line)
    return "\n".join(out) + "\n"


def scaffold(page: str) -> Path:
    english = DOCS / (page if page.endswith(".md") else f"{page}.md")
    if not english.is_file() or ZH in english.parents:
        sys.exit(f"no English page {english.relative_to(REPO)}")
    target = twin(english)
    if target.exists():
        sys.exit(f"{target.relative_to(REPO)} exists; edit it instead")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(scaffold_text(english.read_text()))
    return target


# ------------------------------------------------------------------------------ glossary


def glossary() -> dict:
    return yaml.safe_load(GLOSSARY.read_text())["terms"]


def _blank_fenced_blocks(text: str) -> str:
    """The page with every fenced code block's lines emptied, so line numbers still hold."""
    lines, fence = [], None
    for line in text.splitlines():
        if fence is None and (m := FENCE.match(line)):
            fence = m["fence"]
            lines.append("")
        elif fence is not None:
            if line.strip().startswith(fence):
                fence = None
            lines.append("")
        else:
            lines.append(line)
    return "\n".join(lines)


def inline_code(text: str):
    """(line number, code) of each inline code span outside fenced blocks."""
    text = _blank_fenced_blocks(text)
    for m in INLINE_CODE.finditer(text):
        yield text.count("\n", 0, m.start()) + 1, m["code"]


def prose_lines(text: str):
    """(line number, text) of a page's prose: code blocks and HTML comments removed, and
    each inline code span replaced by CODE_PLACEHOLDER, so identifiers that happen to
    contain a rejected variant do not count. A span that wraps keeps its line breaks."""
    text = re.sub(r"<!--.*?-->", "", _blank_fenced_blocks(text), flags=re.S)
    text = INLINE_CODE.sub(lambda m: CODE_PLACEHOLDER + "\n" * m.group().count("\n"), text)
    yield from enumerate(text.split("\n"), start=1)


def glossary_misuses(page: Path, terms: dict) -> list[str]:
    problems = []
    name = page.relative_to(REPO).as_posix()
    for number, line in prose_lines(page.read_text()):
        for english, entry in terms.items():
            for variant in entry.get("avoid", []):
                if variant in line:
                    problems.append(
                        f"{name}:{number}: {variant!r} for {english!r}; the glossary "
                        f"(docs/zh/glossary.yml) uses {entry['zh']!r}"
                    )
    return problems


# ASCII punctuation beside Chinese text, or between a code span and Chinese text: Chinese
# prose takes the full-width forms. (Some editors and tools normalise ，：；（）？！ to ASCII
# on the way to a file.)
LINK_TARGET = re.compile(r"\]\([^)]*\)")
FOOTNOTE_DATE = re.compile(r", as of [A-Z][a-z]+ \d{4}\.$")  # the form tests/test_pages.py wants
CHINESE = "\u4e00-\u9fff\u3001\u3002\u201c\u201d"
ASCII_BESIDE_CHINESE = re.compile(
    rf"(?<=[{CHINESE}])[,;:?!()]"  # 张量,数组  用(标签页
    rf"|(?<=[{CHINESE}]\*)[,;:?!]|(?<=[{CHINESE}]\*\*)[,;:?!]"  # **强调**:
    rf"|[,;:?!(](?=[{CHINESE}])"  # `x`,而  (此时
    rf"|(?<={CODE_PLACEHOLDER})[,;:?!](?= [{CHINESE}])"  # `x`, 而
)
FULL_WIDTH = re.compile("[\uff0c\uff1a\uff1b\uff08\uff09\u3002\u3001]")


def punctuation_problems(page: Path) -> list[str]:
    name = page.relative_to(REPO).as_posix()
    text = page.read_text()
    prose = [
        f"{name}:{number}: ASCII {m.group()!r} beside Chinese text; write the full-width "
        "form (，；：？！（）) in Chinese prose"
        for number, line in prose_lines(text)
        for m in ASCII_BESIDE_CHINESE.finditer(FOOTNOTE_DATE.sub("", LINK_TARGET.sub("]", line)))
    ]
    code = [
        f"{name}:{number}: full-width {m.group()!r} inside the code `{span}`; code is never "
        "translated, so write it as the English page does"
        for number, span in inline_code(text)
        if (m := FULL_WIDTH.search(span))
    ]
    return prose + code


def tutorial_problems() -> list[str]:
    from rosetta.directives import FRAMEWORKS
    from rosetta.tutorials import TUTORIAL_LIST, chinese_stale_reasons

    sources = [t.chinese_source(fw) for t in TUTORIAL_LIST for fw in FRAMEWORKS]
    return [
        *(
            problem
            for tutorial in TUTORIAL_LIST
            for framework in FRAMEWORKS
            for problem in chinese_stale_reasons(tutorial, framework)
        ),
        # The sources' prose is `# ` comment lines; their code has no Chinese to check.
        *(problem for s in sources if s.exists() for problem in glossary_misuses(s, glossary())),
        *(problem for s in sources if s.exists() for problem in punctuation_problems(s)),
    ]


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "scaffold":
        target = scaffold(argv[1])
        print(f"wrote {target.relative_to(REPO)}: translate its prose, then remove the line")
        print(f"{UNTRANSLATED} under its title")
        return 0
    if argv == ["check"]:
        problems = [
            *(
                f"{p.relative_to(REPO)} has no Chinese twin: "
                f"python -m rosetta i18n scaffold {p.relative_to(DOCS)}"
                for p in english_pages()
                if not twin(p).exists()
            ),
            *(
                problem
                for p in english_pages()
                if twin(p).exists()
                for problem in drift(p, twin(p))
            ),
            *(problem for p in chinese_pages() for problem in glossary_misuses(p, glossary())),
            *(problem for p in chinese_pages() for problem in punctuation_problems(p)),
            *tutorial_problems(),
        ]
        print("\n".join(problems) or "the Chinese edition is in step with the English one")
        return 1 if problems else 0
    print("usage: python -m rosetta i18n scaffold PAGE | check", file=sys.stderr)
    return 2
