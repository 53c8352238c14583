"""A Python-Markdown extension for the content Rosetta generates into pages.

Listed under `markdown_extensions` in mkdocs.yml as `rosetta.markdown`, it runs under MkDocs
and under Zensical alike (both run Python-Markdown; neither runs MkDocs hooks). It expands
the one-line example directives (rosetta.directives) and the `<!-- rosetta:... -->` markers
of generated content (rosetta.generated), and puts a comparison page's notebook download
links under its title (rosetta.notebooks). It runs before pymdownx.snippets, so the `--8<--`
includes it writes are filled in as if the page had spelled them out.

It also writes each Markdown table in the shape Material's script would give it in the
browser (rosetta.tables says why).
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from rosetta import tables
from rosetta.directives import DirectiveError, expand
from rosetta.generated import expand_markers
from rosetta.notebooks import PageNotFound, with_notebook_links

log = logging.getLogger("mkdocs.plugins.rosetta")

# pymdownx.snippets registers its preprocessor at priority 32; higher runs first.
PRIORITY = 34


class ExampleDirectives(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        try:
            expanded, _origin = expand(lines)
        except DirectiveError as error:
            # MkDocs --strict turns this warning into a failed build; the page checks in
            # tests/test_pages.py name the file as well.
            log.warning("rosetta example directive: %s", error)
            return lines
        return expanded


class GeneratedContent(Preprocessor):
    def __init__(self, md, language: str):
        super().__init__(md)
        self.language = language

    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        expanded = expand_markers(text, self.language)
        return lines if expanded is text else expanded.split("\n")


class NotebookLinks(Preprocessor):
    def __init__(self, md, language: str):
        super().__init__(md)
        self.language = language

    def run(self, lines: list[str]) -> list[str]:
        try:
            return with_notebook_links(lines, self.language)
        except PageNotFound as error:
            log.warning("rosetta notebook links: %s", error)
            return lines


class WrappedTables(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for parent in root.iter():
            for index, child in enumerate(parent):
                if child.tag == "table" and "class" not in child.attrib:
                    outer = etree.Element("div", {"class": tables.OUTER})
                    inner = etree.SubElement(outer, "div", {"class": tables.INNER})
                    outer.tail, child.tail = child.tail, None
                    parent[index] = outer
                    child.set("class", tables.TABLE_CLASS)
                    inner.append(child)


class RosettaExtension(Extension):
    def __init__(self, **kwargs):
        # The edition: "en", or "zh" for the Chinese one (mkdocs.zh.yml).
        self.config = {"language": ["en", "the edition whose pages are built: en or zh"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's name)
        language = self.getConfig("language")
        md.preprocessors.register(ExampleDirectives(md), "rosetta_examples", PRIORITY)
        md.preprocessors.register(GeneratedContent(md, language), "rosetta_generated", PRIORITY - 1)
        md.preprocessors.register(
            NotebookLinks(md, language), "rosetta_notebook_links", PRIORITY + 1
        )
        # After the built-in "inline" treeprocessor (20), so tables are complete.
        md.treeprocessors.register(WrappedTables(md), "rosetta_wrapped_tables", 5)


def makeExtension(**kwargs) -> RosettaExtension:  # noqa: N802 (Python-Markdown's name)
    return RosettaExtension(**kwargs)
