"""The Chinese edition stays in step with the English one (rosetta/i18n.py)."""

from __future__ import annotations

import html
import re
import textwrap

import pytest
import yaml

from rosetta import i18n, tutorials
from rosetta.directives import FRAMEWORKS
from rosetta.generated import page_lists
from rosetta.harness import REPO

ENGLISH = i18n.english_pages()


def _name(path) -> str:
    return path.relative_to(REPO).as_posix()


def test_every_english_page_has_a_chinese_twin():
    missing = [
        f"{_name(p)} has no Chinese twin {_name(i18n.twin(p))}. Scaffold it with "
        f"`python -m rosetta i18n scaffold {p.relative_to(i18n.DOCS).as_posix()}` (a copy "
        "marked untranslated, which readers see as such), then translate its prose"
        for p in ENGLISH
        if not i18n.twin(p).exists()
    ]
    assert not missing, "\n".join(missing)


def test_no_chinese_page_lacks_its_english_page():
    english = {p.relative_to(i18n.DOCS) for p in ENGLISH}
    extra = [
        f"{_name(p)} has no English page docs/{p.relative_to(i18n.ZH).as_posix()}; the "
        "editions have the same pages: add the English page first, or remove this one"
        for p in i18n.chinese_pages()
        if p.relative_to(i18n.ZH) not in english
    ]
    assert not extra, "\n".join(extra)


@pytest.mark.parametrize("english", ENGLISH, ids=lambda p: _name(p))
def test_twin_has_the_same_examples_headings_generated_blocks_and_code(english):
    twin = i18n.twin(english)
    if not twin.exists():
        pytest.skip("no twin yet: test_every_english_page_has_a_chinese_twin names it")
    problems = i18n.drift(english, twin)
    assert not problems, "\n".join(problems)


ENGLISH_PAGE = """\
# Tensors

Prose.

## Creating tensors

<!-- rosetta:example tensors/creation hl="5|6|4" -->

```bash
pip install torch
```

## Matmul

<!-- rosetta:example tensors/matmul -->
<!-- rosetta:versions -->
"""

CHINESE_PAGE = """\
# 张量

说明。

## 创建张量 { #creating-tensors }

<!-- rosetta:example tensors/creation hl="5|6|4" -->

```bash
pip install torch
```

## 矩阵乘法 { #matmul }

<!-- rosetta:example tensors/matmul -->
<!-- rosetta:versions -->
"""

# Each way a twin can drift, and what the check must say about it.
DRIFTS = {
    "missing example": (
        ("<!-- rosetta:example tensors/matmul -->\n", ""),
        "example '<!-- rosetta:example tensors/matmul -->' is missing",
    ),
    "extra example": (
        ("<!-- rosetta:versions -->", "<!-- rosetta:versions -->\n<!-- rosetta:example a/b -->"),
        "extra example",
    ),
    "reordered examples": (
        ('tensors/creation hl="5|6|4"', "tensors/matmul"),
        "example '<!-- rosetta:example tensors/matmul -->' where",
    ),
    "other highlighted lines": (('hl="5|6|4"', 'hl="5|6|5"'), "where"),
    "missing generated block": (("<!-- rosetta:versions -->", ""), "generated block"),
    "heading without the English anchor": (
        ("## 矩阵乘法 { #matmul }", "## 矩阵乘法"),
        "heading",
    ),
    "heading at another level": (
        ("## 矩阵乘法 { #matmul }", "### 矩阵乘法 { #matmul }"),
        "heading 'h3 #matmul' where",
    ),
    "translated code": (("pip install torch", "pip 安装 torch"), "code block"),
}


def _drift(tmp_path, chinese: str) -> list[str]:
    root = tmp_path / "repo"
    (root / "docs" / "zh").mkdir(parents=True, exist_ok=True)
    english, twin = root / "docs" / "page.md", root / "docs" / "zh" / "page.md"
    english.write_text(ENGLISH_PAGE)
    twin.write_text(chinese)
    original = i18n.REPO
    i18n.REPO = root
    try:
        return i18n.drift(english, twin)
    finally:
        i18n.REPO = original


def test_drift_check_accepts_a_faithful_twin(tmp_path):
    assert _drift(tmp_path, CHINESE_PAGE) == []


@pytest.mark.parametrize("kind", DRIFTS)
def test_drift_check_names_each_kind_of_drift_with_both_files(tmp_path, kind):
    (old, new), expected = DRIFTS[kind]
    assert old in CHINESE_PAGE
    problems = _drift(tmp_path, CHINESE_PAGE.replace(old, new, 1))
    assert problems, f"{kind} went unnoticed"
    assert any(expected in p for p in problems), problems
    assert any("docs/zh/page.md" in p for p in problems), problems


def test_scaffold_is_an_untranslated_twin_that_passes_the_check(tmp_path):
    scaffolded = i18n.scaffold_text(ENGLISH_PAGE)
    assert i18n.UNTRANSLATED in scaffolded
    assert _drift(tmp_path, scaffolded) == []
    assert "## Matmul { #matmul }" in scaffolded


def test_an_untranslated_twin_tells_the_reader():
    import markdown

    from rosetta.markdown import RosettaExtension

    rendered = markdown.markdown(
        i18n.scaffold_text("# Tensors\n\nProse.\n"),
        extensions=["admonition", RosettaExtension(language="zh")],
    )
    assert '<p class="admonition-title">本页尚未翻译</p>' in rendered, rendered
    assert i18n.UNTRANSLATED not in rendered


def test_untranslated_twins_on_the_site_tell_the_reader(built_site):
    marked = [p for p in i18n.chinese_pages() if i18n.UNTRANSLATED in p.read_text()]
    problems = []
    for page in marked:
        rel = page.relative_to(i18n.ZH).with_suffix("")
        html = built_site / "zh" / ("" if rel.name == "index" else rel) / "index.html"
        if "本页尚未翻译" not in html.read_text():
            problems.append(f"{_name(page)} is marked untranslated but {html} shows no note")
    assert not problems, "\n".join(problems)


def test_chinese_navigation_has_the_same_pages_in_the_same_sections():
    english, chinese = page_lists.site_config("en"), page_lists.site_config("zh")

    def shape(nav):
        out = []
        for item in nav:
            if isinstance(item, str):
                out.append(item)
                continue
            for value in item.values():
                out.append(shape(value) if isinstance(value, list) else value)
        return out

    assert shape(chinese["nav"]) == shape(english["nav"]), (
        "mkdocs.zh.yml's nav must list the same pages, in the same sections and order, as "
        "mkdocs.yml's (only the titles are translated)"
    )
    own = yaml.load((REPO / "mkdocs.zh.yml").read_text(), Loader=page_lists._ConfigLoader)
    described = set(english["extra"]["topics"])
    assert set(own["extra"]["topics"]) == described, (
        "mkdocs.zh.yml `extra: topics:` must describe, in Chinese, the same pages as "
        f"mkdocs.yml's: missing {sorted(described - set(own['extra']['topics']))}, extra "
        f"{sorted(set(own['extra']['topics']) - described)}"
    )


def test_chinese_edition_uses_the_same_extensions():
    def extensions(config):
        out = []
        for item in config["markdown_extensions"]:
            name, options = (item, None) if isinstance(item, str) else next(iter(item.items()))
            out.append((name, None if name == "rosetta.markdown" else options))
        return out

    english, chinese = page_lists.site_config("en"), page_lists.site_config("zh")
    assert extensions(chinese) == extensions(english), (
        "mkdocs.zh.yml restates mkdocs.yml's markdown_extensions (lists are not merged by "
        "INHERIT); keep the two the same, apart from rosetta.markdown's `language: zh`"
    )
    zh_options = dict(chinese["markdown_extensions"][0]["rosetta.markdown"])
    assert zh_options == {"language": "zh"}


def test_glossary_terms_are_used_consistently():
    terms = i18n.glossary()
    assert {"tensor", "automatic differentiation", "just-in-time compilation"} <= set(terms)
    problems = [p for page in i18n.chinese_pages() for p in i18n.glossary_misuses(page, terms)]
    assert not problems, "\n".join(problems)


def test_glossary_check_finds_a_rejected_variant_but_not_in_code(tmp_path):
    page = tmp_path / "page.md"
    page.write_text(
        textwrap.dedent("""\
            # 页

            用矢量化处理一批样本。

            ```python
            # 矢量化 in a code comment is code, not prose
            ```

            `矢量化` 作为行内代码也不算。
            """)
    )
    original = i18n.REPO
    i18n.REPO = tmp_path
    try:
        problems = i18n.glossary_misuses(page, i18n.glossary())
    finally:
        i18n.REPO = original
    assert len(problems) == 1 and "page.md:3" in problems[0] and "向量化" in problems[0]


def test_glossary_entries_are_well_formed():
    data = yaml.safe_load(i18n.GLOSSARY.read_text())
    for english, entry in data["terms"].items():
        assert set(entry) <= {"zh", "avoid"} and entry.get("zh"), english
        assert entry["zh"] not in entry.get("avoid", []), english
        for variant in entry.get("avoid", []):
            assert not re.search(re.escape(variant), entry["zh"]), (english, variant)


def test_chinese_prose_uses_full_width_punctuation():
    problems = [p for page in i18n.chinese_pages() for p in i18n.punctuation_problems(page)]
    assert not problems, "\n".join(problems[:20])


def _punctuation_problems_of(tmp_path, text: str) -> list[str]:
    page = tmp_path / "page.md"
    page.write_text(text)
    original = i18n.REPO
    i18n.REPO = tmp_path
    try:
        return i18n.punctuation_problems(page)
    finally:
        i18n.REPO = original


def test_punctuation_check_finds_ascii_commas_but_not_in_code(tmp_path):
    problems = _punctuation_problems_of(
        tmp_path,
        "# 页\n\n张量,数组\u3002\n\n`a,b` 和 [链接](x.md#a,b)\uff0c都不算\u3002\n\n"
        "| 全零 | `torch.zeros`, `torch.ones` |\n\n"
        "[^n]: [来源](https://example.org), as of December 2026.\n",
    )
    assert len(problems) == 1 and "page.md:3" in problems[0], problems


def test_punctuation_check_sees_commas_after_code_and_through_wrapped_code(tmp_path):
    # A code span that wraps onto the next line must not turn the prose after it into
    # "code": the ASCII comma and parenthesis on line 4 are prose.
    problems = _punctuation_problems_of(
        tmp_path,
        "# 页\n\n有了 `setup_context`,就能用。抛出 `RuntimeError: a,\n"
        "b`。可以用(见上)。\n\n`x`, 而且 `.backward\uff08\uff09` 也行\u3002\n\n**区别在于**:\n",
    )
    assert [p.split(":")[1] for p in problems] == ["3", "4", "4", "6", "8", "6"], problems
    assert "inside the code `.backward" in problems[-1] and "never translated" in problems[-1]


def test_cross_reference_renders_each_row_in_the_chinese_editions_words():
    from rosetta.crossref import load_rows
    from rosetta.generated import crossref as page

    rows = load_rows()
    chinese, english = page.render(rows, "zh"), page.render(rows, "en")
    missing = [r.id for r in rows if html.escape(r.text("concept", "zh")) not in chinese]
    assert not missing, f"rows whose Chinese concept is not on the Chinese page: {missing}"
    assert "<th>概念</th>" in chinese and "结果一致" in chinese and "## 线性代数" in chinese
    assert "<th>Concept</th>" in english and "结果一致" not in english
    # The calls, their anchors and the rows' ids are the same in both editions.
    ids = re.compile(r' id="([^"]+)"')
    assert ids.findall(chinese) == ids.findall(english)


def test_cross_reference_check_names_a_row_without_chinese_words():
    from rosetta.crossref import load_rows, validate

    rows = load_rows()[:3]
    del rows[0].data["zh"]
    rows[1].data["zh"] = {"concept": "Evenly spaced floats"}
    noted = next(r for r in load_rows() if r.data.get("note"))
    del noted.data["zh"]["note"]
    problems = validate([*rows, noted])
    assert any(f"`{rows[0].id}`" in p and "`zh` is required" in p for p in problems)
    assert any(f"`{rows[1].id}`" in p and "no Chinese in it" in p for p in problems)
    assert any(f"`{noted.id}`" in p and "`zh` needs `note`" in p for p in problems)
    assert all("snippets/crossref.yaml:" in p for p in problems), problems


TUTORIALS = [(t, fw) for t in tutorials.TUTORIAL_LIST for fw in FRAMEWORKS]


@pytest.mark.parametrize(
    ("tutorial", "framework"), TUTORIALS, ids=[f"{t.name}-{fw}" for t, fw in TUTORIALS]
)
def test_chinese_tutorial_is_the_english_run_with_chinese_prose(tutorial, framework):
    reasons = tutorials.chinese_stale_reasons(tutorial, framework)
    assert not reasons, (
        "\n".join(reasons) + f"\nFix the source, then: {tutorials.CHINESE_REFRESH_COMMAND}"
    )


def _planted_tutorial(tmp_path, monkeypatch, change) -> list[str]:
    tutorial = tutorials.TUTORIAL_LIST[0]
    monkeypatch.setattr(tutorials, "CHINESE_TUTORIALS", tmp_path)
    english = tutorial.source("pytorch").read_text()
    (tmp_path / tutorial.source("pytorch").name).write_text(change(english))
    return tutorials.chinese_drift(tutorial, "pytorch")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda text: text.replace("import torch\n", "import torch as th\n", 1),
            "its code differs",
        ),
        (lambda text: text.replace("# %% [markdown]\n", "", 1), "has cells"),
        (lambda text: text.replace("\n# ## ", "\n# ### ", 1), "headings"),
    ],
    ids=["code", "cell-removed", "heading-level"],
)
def test_tutorial_drift_check_names_each_kind_with_both_files(
    tmp_path, monkeypatch, change, expected
):
    assert _planted_tutorial(tmp_path, monkeypatch, lambda text: text) == []
    problems = _planted_tutorial(tmp_path, monkeypatch, change)
    assert len(problems) == 1 and expected in problems[0], problems
    assert "digits_pytorch.py" in problems[0] and "docs/tutorials/" in problems[0], problems


def test_refreshing_the_chinese_tutorials_copies_the_english_code(tmp_path, monkeypatch):
    tutorial = tutorials.TUTORIAL_LIST[0]
    english = tutorial.source("pytorch").read_text()
    translated = english.replace("# %% [markdown]\n# #", "# %% [markdown]\n# # 中文", 1)
    planted = translated.replace("import torch\n", "import torch as th\n", 1)
    assert _planted_tutorial(tmp_path, monkeypatch, lambda _: planted)  # the code drifted
    assert tutorials.copy_english_code(tutorial, "pytorch")
    source = tmp_path / tutorial.source("pytorch").name
    assert source.read_text() == translated, "only the code cells may change"
    assert tutorials.chinese_drift(tutorial, "pytorch") == []
    assert not tutorials.copy_english_code(tutorial, "pytorch"), "nothing left to copy"


def test_tutorial_drift_check_says_how_to_add_a_missing_twin(tmp_path, monkeypatch):
    monkeypatch.setattr(tutorials, "CHINESE_TUTORIALS", tmp_path)
    (problem,) = tutorials.chinese_drift(tutorials.TUTORIAL_LIST[0], "jax")
    assert "has no Chinese twin" in problem and tutorials.CHINESE_REFRESH_COMMAND in problem


def test_chinese_tutorial_pages_show_chinese_prose_and_the_same_figures(built_site):
    problems = []
    for tutorial, framework in TUTORIALS:
        name = tutorial.notebook(framework).stem
        english = (built_site / "tutorials" / name / "index.html").read_text()
        chinese = (built_site / "zh" / "tutorials" / name / "index.html").read_text()
        images = re.compile(r'src="data:image/png[^"]*"')
        if images.findall(chinese) != images.findall(english):
            problems.append(f"zh/tutorials/{name}/ does not show the English page's figures")
        prose = re.sub(r"<pre.*?</pre>|<[^>]+>", "", chinese, flags=re.S)
        if len(re.findall(r"[\u4e00-\u9fff]", prose)) < 500:
            problems.append(f"zh/tutorials/{name}/ has almost no Chinese prose")
    assert not problems, "\n".join(problems)


def test_chinese_tutorial_prose_follows_the_glossary_and_punctuation():
    problems = [p for p in i18n.tutorial_problems() if "glossary" in p or "full-width" in p]
    assert not problems, "\n".join(problems)
