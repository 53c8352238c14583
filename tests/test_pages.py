"""Structural checks on pages and snippets. Each failure names the file and the fix."""

from __future__ import annotations

import calendar
import datetime
import re

import pytest

from rosetta import notebooks, schema
from rosetta.generated import page_lists
from rosetta.harness import (
    FRAMEWORKS,
    REFRESH_COMMAND,
    REPO,
    SNIPPETS,
    TAB_LABEL,
    Snippet,
    SnippetError,
    discover_examples,
    discover_snippets,
    example_of,
    examples_file,
    load_examples_toml,
    load_manifest,
)
from rosetta.pages import EXPECTED_LABELS, SKIP_MARK, all_pages, parse_page

PAGES = all_pages()
RUNNABLE_LANGUAGES = {"python", "bash", "sh"}
# Tags that pytest-codeblocks silently skips although they look runnable.
LOOKALIKE_LANGUAGES = {"py", "python3", "pycon", "shell", "console", "zsh", "shell-session"}


def _is_gpu_only(target: str) -> bool:
    path = REPO / target
    return path.exists() and bool(example_of(Snippet(path)).gpu_only)


SCAFFOLD_TODO = re.compile(r"^(#+\s+)?TODO:")


def _page_param(page):
    return pytest.param(page, id=page.rel)


def _fail(messages):
    if messages:
        pytest.fail("\n".join(messages), pytrace=False)


@pytest.mark.parametrize("page", [_page_param(p) for p in PAGES])
def test_framework_tabs_are_pytorch_tensorflow_jax_in_order(page):
    _fail(
        [
            f"{page.rel}:{tab_set.line}: this framework tab set has tabs {tab_set.labels}; every "
            f"comparison has exactly {EXPECTED_LABELS} in that order. Where a framework lacks "
            "the feature, its tab says so and shows the nearest way."
            for tab_set in page.tab_sets
            if tab_set.is_framework_set and tab_set.labels != EXPECTED_LABELS
        ]
    )


@pytest.mark.parametrize("page", [_page_param(p) for p in PAGES])
def test_tab_code_is_a_whole_snippet_with_its_output(page):
    label_to_framework = {label: fw for fw, label in TAB_LABEL.items()}
    problems, shown_outputs, included_code = [], set(), []
    for fence in page.fences:
        framework = label_to_framework.get(fence.tab_label or "")
        if framework is None:
            continue
        where = f"{page.rel}:{fence.line}"
        if fence.language == "python":
            targets = fence.includes
            other = [line for line in fence.body if line.strip() and not re.search("8<", line)]
            if len(targets) != 1 or other:
                problems.append(
                    f"{where}: a Python block in the {fence.tab_label} tab must be "
                    f'exactly one line `--8<-- "snippets/<topic>/<example>_{framework}'
                    '.py"`; write code in snippets/, not in the page.'
                )
                continue
            target = targets[0]
            if not target.endswith(f"_{framework}.py") or ":" in target:
                problems.append(
                    f"{where}: the {fence.tab_label} tab includes `{target}`; it "
                    f"must include a whole `*_{framework}.py` file (no line ranges "
                    "or sections; highlight lines with hl_lines instead)."
                )
            included_code.append((where, fence.tab, target))
        elif fence.language == "text":
            shown_outputs.update((fence.tab, t) for t in fence.includes)
    for where, tab, target in included_code:
        recording = target[: -len(".py")] + ".out"
        if _is_gpu_only(target):
            recording = target[: -len(".py")] + ".gpu.out"
            if not (REPO / recording).exists():
                continue  # not recorded yet: no GPU machine has run it
        if (tab, recording) not in shown_outputs:
            problems.append(
                f"{where}: show the output of `{target}` in the same tab with a "
                f'```text fence containing --8<-- "{recording}"'
            )
    _fail(problems)


@pytest.mark.parametrize("page", [_page_param(p) for p in PAGES])
def test_includes_resolve(page):
    _fail(
        [
            f"{page.rel}:{line}: includes `{target}`, which does not exist. Paths are relative to "
            "the repository root (for example snippets/<topic>/<file>); fix the path or add "
            "the file."
            for line, target in page.includes()
            if not (REPO / target.split(":")[0]).is_file()
        ]
    )


def test_every_snippet_is_shown_on_a_page():
    included = {target.split(":")[0] for page in PAGES for _, target in page.includes()}
    orphans = [s.rel for s in discover_snippets() if s.rel not in included]
    _fail(
        [
            f"{rel} is not included by any page under docs/. Include it in a framework tab, "
            "or delete it."
            for rel in orphans
        ]
    )


def test_snippet_files_are_named_and_complete():
    problems = []
    for path in sorted(SNIPPETS.glob("*/*")):
        rel = path.relative_to(REPO).as_posix()
        if path.suffix == ".py":
            try:
                Snippet(path).framework  # noqa: B018 - raises with the naming rule
            except SnippetError as error:
                problems.append(str(error))
        elif path.suffix == ".out" and not path.with_suffix(".py").exists():
            base = path.name.removesuffix(".gpu.out").removesuffix(".out")
            if not (path.parent / f"{base}.py").exists():
                problems.append(f"{rel} is a recording without a snippet; delete it.")
    for example in discover_examples():
        missing = [fw for fw in FRAMEWORKS if not example.snippet(fw).path.exists()]
        if missing:
            files = ", ".join(f"{example.name}_{m}.py" for m in missing)
            problems.append(
                f"snippets/{example.id}: missing {files}. "
                "Every comparison has all three frameworks; where one lacks the feature, its "
                "file prints that and shows the nearest way."
            )
    _fail(problems)


def test_every_snippet_has_a_recording():
    problems = []
    for snippet in discover_snippets():
        if example_of(snippet).gpu_only:
            continue  # recorded on a GPU machine; the page marks it GPU-only
        if not snippet.out_path.exists() or snippet.path.name not in load_manifest(snippet.topic):
            problems.append(
                f"{snippet.rel} has no recorded output. Record it with: "
                f"{REFRESH_COMMAND} ONLY={snippet.rel}"
            )
    _fail(problems)


def test_examples_toml_describes_every_example():
    problems = []
    examples = discover_examples()
    known = {e.id for e in examples}
    for example in examples:
        toml = examples_file(example.topic).relative_to(REPO)
        settings = example.settings
        if not settings:
            problems.append(
                f"snippets/{example.id}: add a [{example.name}] table to {toml} with "
                "`compare = [names]` (values checked equal across frameworks), "
                '`compare_shapes = [names]`, or `exempt = "why no parity check applies"`.'
            )
            continue
        problems += schema.problems(schema.ExampleSettings, settings, f"{toml} [{example.name}]")
        if not ({"compare", "compare_shapes", "exempt", "at_least", "at_most"} & set(settings)):
            problems.append(
                f"{toml} [{example.name}]: say what is compared (`compare`, "
                "`compare_shapes`) or why nothing is (`exempt`)."
            )
        isolate = settings.get("isolate", False)
        if not (
            isinstance(isolate, bool)
            or (isinstance(isolate, list) and isolate and set(isolate) <= set(FRAMEWORKS))
        ):
            problems.append(
                f"{toml} [{example.name}]: `isolate` is true, or a list of the frameworks "
                f"whose file needs a fresh interpreter, out of {list(FRAMEWORKS)}; got {isolate!r}."
            )
        if (settings.get("rtol") or settings.get("atol")) and not settings.get("why"):
            problems.append(f"{toml} [{example.name}]: a non-zero tolerance needs `why`.")
    for topic_dir in sorted(p for p in SNIPPETS.iterdir() if p.is_dir()):
        for name in load_examples_toml(topic_dir.name):
            if f"{topic_dir.name}/{name}" not in known:
                problems.append(
                    f"{examples_file(topic_dir.name).relative_to(REPO)}: "
                    f"[{name}] has no snippet files; remove the table."
                )
    _fail(problems)


MARKDOWN_WITH_BLOCKS = [*PAGES] + [
    parse_page(REPO / name) for name in ("README.md", "CONTRIBUTING.md") if (REPO / name).exists()
]


@pytest.mark.parametrize("page", [_page_param(p) for p in MARKDOWN_WITH_BLOCKS])
def test_shell_and_python_blocks_run_or_say_why_not(page):
    problems = []
    for fence in page.fences:
        where = f"{page.rel}:{fence.line}"
        if fence.includes and len(fence.includes) == len([b for b in fence.body if b.strip()]):
            continue  # a snippet include: run by the snippet harness, options allowed
        if fence.language in LOOKALIKE_LANGUAGES or (
            fence.language in RUNNABLE_LANGUAGES and fence.info != fence.language
        ):
            problems.append(
                f"{where}: fence tagged `{fence.info}` is silently never run. Tag "
                "it exactly `python` or `bash` (output goes in `text`)."
            )
        if fence.language in RUNNABLE_LANGUAGES:
            skip = SKIP_MARK.match(fence.preceded_by)
            if skip and "reason=" not in skip["args"]:
                problems.append(
                    f'{where}: say why this block is not run: <!--pytest.mark.skip(reason="...")-->'
                )
    _fail(problems)


@pytest.mark.parametrize("page", [_page_param(p) for p in PAGES])
def test_no_scaffold_todo_is_left(page):
    """`make new-example` and `make new-page` leave TODOs for the contributor to replace."""
    _fail(
        [
            f"{page.rel}:{number}: replace the scaffold's TODO with the real text: {line.strip()}"
            for number, line in enumerate(page.text.splitlines(), start=1)
            if SCAFFOLD_TODO.match(line)
        ]
    )


# --- Generated lists (rosetta/generated/page_lists.py) and cited claims --------------------

PAGE_LISTS = page_lists
_site_config = page_lists.site_config


def test_home_page_topic_table_lists_every_page_in_the_navigation():
    config = _site_config()
    nav, topics = config["nav"], config.get("extra", {}).get("topics")
    home = (REPO / "docs" / PAGE_LISTS.HOME).read_text()
    assert PAGE_LISTS.TOPICS_MARKER in home, (
        f"docs/{PAGE_LISTS.HOME} lost its `{PAGE_LISTS.TOPICS_MARKER}` marker; put it back "
        "under the Topics heading, where the generated table goes."
    )
    try:
        table, problem = PAGE_LISTS.topics_table(nav, topics), ""
    except page_lists.TopicsError as error:
        table, problem = "", str(error)
    _fail([problem] if problem else [])
    linked = set(re.findall(r"^\| \[[^\]]+\]\(([^)]+)\) \|", table, re.M))
    pages = {path for _, path in PAGE_LISTS.nav_pages(nav)} - {PAGE_LISTS.HOME}
    assert linked == pages, f"topic table and nav differ: {sorted(linked ^ pages)}"


def test_a_navigation_page_without_a_description_fails_the_build():
    config = _site_config()
    nav, topics = config["nav"], dict(config["extra"]["topics"])
    del topics["ecosystem.md"]
    missing = r"docs/ecosystem\.md is in `nav` but has no description"
    with pytest.raises(page_lists.TopicsError, match=missing):
        PAGE_LISTS.check_topics(nav, topics)
    topics = {**config["extra"]["topics"], "gone.md": "a page that left the navigation"}
    with pytest.raises(page_lists.TopicsError, match=r"describes gone\.md, which is not in `nav`"):
        PAGE_LISTS.check_topics(nav, topics)


MONTHS = "|".join(calendar.month_name[1:])
FOOTNOTE_SLUG = re.compile(r"^[a-z0-9-]+$")
FOOTNOTE_SOURCE = re.compile(r"\[[^\]]+\]\((https?://[^)\s]+)\)")
FOOTNOTE_AS_OF = re.compile(rf"as of (?P<month>{MONTHS}) (?P<year>\d{{4}})\.$")
FOOTNOTE_FORM = "`[^slug]: [what the source is](https://...), as of Month YYYY.`"
UNCHECKED_ASIDE = re.compile(r"not checked here|not verified", re.I)


def footnote_problems(rel: str, text: str, today: datetime.date) -> list[str]:
    """What is wrong with a page's footnotes, one message per problem, with its line."""
    problems, seen = [], {}
    lines = text.splitlines()
    definitions = PAGE_LISTS.footnote_definitions(text)
    references = {slug for _, slug in PAGE_LISTS.footnote_references(text)}
    for line, slug, note in definitions:
        where = f"{rel}:{line}: footnote [^{slug}]"
        if not FOOTNOTE_SLUG.match(slug):
            problems.append(f"{where}: name it in lower case, digits and hyphens only.")
        if slug in seen:
            problems.append(f"{where} is defined twice (first at line {seen[slug]}); rename one.")
        seen.setdefault(slug, line)
        links = re.findall(r"https?://", note)
        if len(links) != 1 or not FOOTNOTE_SOURCE.search(note):
            problems.append(
                f"{where} has {len(links)} web addresses; give exactly one source, as a "
                f"Markdown link: {FOOTNOTE_FORM}"
            )
        as_of = FOOTNOTE_AS_OF.search(note)
        if not as_of:
            problems.append(f"{where} must end with the month the source said so: {FOOTNOTE_FORM}")
        elif (int(as_of["year"]), list(calendar.month_name).index(as_of["month"])) > (
            today.year,
            today.month,
        ):
            problems.append(f"{where} is dated in the future ({as_of[0]}); use the month read.")
        if line < len(lines) and lines[line].startswith("    ") and lines[line].strip():
            problems.append(f"{where} runs on to the next line; write it on one line.")
        if slug not in references:
            problems.append(
                f"{where} is never referenced; put [^{slug}] after the claim it supports, "
                "or delete the footnote."
            )
    defined = {slug for _, slug, _ in definitions}
    for line, slug in PAGE_LISTS.footnote_references(text):
        if slug not in defined:
            problems.append(
                f"{rel}:{line}: [^{slug}] has no definition; add one at the end of the page: "
                f"{FOOTNOTE_FORM}"
            )
    return problems


@pytest.mark.parametrize("page", [_page_param(p) for p in PAGES])
def test_cited_claims_have_one_source_and_an_as_of_date(page):
    _fail(footnote_problems(page.rel, page.text, datetime.date.today()))


@pytest.mark.parametrize("page", [_page_param(p) for p in PAGES])
def test_no_page_says_a_claim_was_not_checked(page):
    _fail(
        [
            f'{page.rel}:{number}: "{match[0]}" — give the claim a footnote with its source and '
            f"the month it said so, {FOOTNOTE_FORM}, or check it with a snippet."
            for number, line in enumerate(page.text.splitlines(), start=1)
            if (match := UNCHECKED_ASIDE.search(line))
        ]
    )


def test_footnote_checks_catch_each_mistake():
    """The checks above, run on a page that makes every mistake once."""
    broken = "\n".join(
        [
            "A claim.[^Bad_Slug] Another.[^no-date] A third.[^two-links] A fourth.[^missing]",
            "A fifth.[^future]",
            "",
            "```python",
            "x = '[^in-code]: not a footnote'",
            "```",
            "",
            "[^Bad_Slug]: [source](https://example.org/a), as of May 2025.",
            "[^no-date]: [source](https://example.org/b).",
            "[^two-links]: [a](https://example.org/c), [b](https://example.org/d), as of May 2025.",
            "[^future]: [source](https://example.org/e), as of May 2999.",
            "[^unused]: [source](https://example.org/f), as of May 2025.",
            "[^wrapped]: [source](https://example.org/g),",
            "    as of May 2025.",
        ]
    )
    problems = "\n".join(footnote_problems("docs/broken.md", broken, datetime.date(2026, 12, 2)))
    for expected in [
        "docs/broken.md:8: footnote [^Bad_Slug]: name it in lower case",
        "docs/broken.md:9: footnote [^no-date] must end with the month",
        "docs/broken.md:10: footnote [^two-links] has 2 web addresses",
        "docs/broken.md:11: footnote [^future] is dated in the future",
        "docs/broken.md:12: footnote [^unused] is never referenced",
        "docs/broken.md:13: footnote [^wrapped] runs on to the next line",
        "docs/broken.md:1: [^missing] has no definition",
    ]:
        assert expected in problems, f"missing {expected!r} in:\n{problems}"
    assert "in-code" not in problems
    assert not UNCHECKED_ASIDE.search("every claim cites its source")
    assert UNCHECKED_ASIDE.search("the date was Not Checked Here")


def test_about_page_lists_every_cited_claim():
    config = _site_config()
    about = (REPO / "docs" / "about.md").read_text()
    assert PAGE_LISTS.CLAIMS_MARKER in about, (
        f"docs/about.md lost its `{PAGE_LISTS.CLAIMS_MARKER}` marker; the list of cited "
        "claims is generated there."
    )
    table = PAGE_LISTS.cited_claims_table(REPO / "docs", config["nav"], "about.md")
    footnotes = sum(len(PAGE_LISTS.footnote_definitions(page.text)) for page in PAGES)
    rows = [row for row in table.splitlines()[2:] if row.startswith("| [")]
    assert len(rows) == footnotes, f"{len(rows)} rows for {footnotes} footnotes"
    empty = [row for row in rows if row.split(" | ")[1].strip() == ""]
    assert not empty, f"claims with no sentence found for their footnote: {empty}"


@pytest.mark.parametrize("page", [_page_param(p) for p in PAGES])
def test_example_directives_are_well_formed(page):
    _fail([page.directive_error] if page.directive_error else [])


def test_contributing_lists_the_keys_the_schemas_accept():
    guide = (REPO / "CONTRIBUTING.md").read_text()
    stale = [
        name
        for name, schema_class in (
            ("examples.toml", schema.ExampleSettings),
            ("crossref.yaml", schema.CrossrefRow),
        )
        if schema.markdown_table(schema_class)
        not in "\n".join(line.removeprefix("  ") for line in guide.splitlines())
    ]
    assert not stale, (
        f"CONTRIBUTING.md's table of {', '.join(stale)} keys differs from rosetta/schema.py; "
        "paste the output of `python -m rosetta keys` there."
    )


def test_every_page_is_found_by_its_title(tmp_path, monkeypatch):
    """The notebook links under a title find their page by it (rosetta.notebooks), so two
    pages with one title would get one page's links; the lookup names both files instead."""
    for page in all_pages():
        title = next((ln[2:].strip() for ln in page.text.splitlines() if ln.startswith("# ")), None)
        if title:
            assert notebooks.page_with_title(title) == page.path, page.rel

    from rosetta import i18n

    for twin in i18n.chinese_pages():  # the Chinese edition looks up its own pages
        title = next(ln[2:].strip() for ln in twin.read_text().splitlines() if ln.startswith("# "))
        assert notebooks.page_with_title(title, "zh") == twin, twin

    (tmp_path / "a.md").write_text("# Tensors\n")
    (tmp_path / "b.md").write_text("# Tensors\n")
    monkeypatch.setattr(notebooks, "english_pages", lambda: [tmp_path / "a.md", tmp_path / "b.md"])
    monkeypatch.setattr(notebooks, "REPO", tmp_path.parent)
    with pytest.raises(notebooks.PageNotFound, match="a.md, .*b.md share the title 'Tensors'"):
        notebooks.with_notebook_links(["# Tensors", "", "text"])
