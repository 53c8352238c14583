"""`<!-- rosetta:untranslated -->`: a Chinese page still in English, said to its reader.

`python -m rosetta i18n scaffold PAGE` writes a Chinese twin as the English page with this
marker under its title (rosetta/i18n.py); the twin shares the examples from the start, and
the note tells the reader why the prose is English and where translation stands.
"""

from __future__ import annotations

from rosetta.i18n import UNTRANSLATED

NOTE = """!!! note "本页尚未翻译"
    本页的中文译文尚未完成，下面暂时保留英文原文。代码、输出与核对结果与英文版完全相同：两个版本共用同一批代码文件和运行记录。"""


def expand(markdown: str) -> str:
    return markdown.replace(UNTRANSLATED, NOTE) if UNTRANSLATED in markdown else markdown
