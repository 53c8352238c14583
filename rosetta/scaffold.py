"""`make new-example TOPIC/NAME` and `make new-page NAME`: start a comparison or a page.

The files they write are deliberately incomplete: each snippet raises until it is written,
and the parity table names nothing yet, so `make test` lists exactly what is left to do.
"""

from __future__ import annotations

import json
import re
import sys

from rosetta.harness import DOCS, FRAMEWORKS, REPO, SNIPPETS, TAB_LABEL

NAME = re.compile(r"^[a-z][a-z0-9_]*$")
YAML_SPECIAL = re.compile(r": |^[-?:,\[\]{}#&*!|>'\"%@`]| #")
# A start per framework: imports, the device idiom, and `result`, the value the parity
# table compares until the contributor names others.
SNIPPET_START = {
    "pytorch": """import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
""",
    "tensorflow": """import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
""",
    "jax": """import jax
import jax.numpy as jnp
""",
}
DEVICE_LINE = {
    "pytorch": 'print("device:", device)',
    "tensorflow": 'print("device:", device)',
    "jax": 'print("device:", jax.default_backend())',
}
SNIPPET_TEMPLATE = """{start}
# TODO: the {label} version of `{example}`: the same computation on the same inputs as the
# other two files. Put the value they must agree on in `result`, print what the page
# discusses (floats at fixed precision), then delete this comment and the raise.
raise NotImplementedError("{path}: write the {label} version of this example")
result = None
print("result:", result)
{device_line}
"""


def new_example(spec: str) -> int:
    if spec.count("/") != 1 or not all(NAME.match(p) for p in spec.split("/")):
        print(
            "usage: make new-example TOPIC/NAME  (lower case, digits, underscores), "
            "for example: make new-example tensors/cumulative_product",
            file=sys.stderr,
        )
        return 2
    topic, example = spec.split("/")
    folder = SNIPPETS / topic
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for framework in FRAMEWORKS:
        path = folder / f"{example}_{framework}.py"
        if path.exists():
            print(f"{path.relative_to(REPO)} exists; not overwritten", file=sys.stderr)
            return 1
        path.write_text(
            SNIPPET_TEMPLATE.format(
                start=SNIPPET_START[framework],
                label=TAB_LABEL[framework],
                example=example,
                path=path.relative_to(REPO),
                device_line=DEVICE_LINE[framework],
            )
        )
        written.append(path)
        recording = path.with_suffix(".out")
        recording.write_text(f"(not recorded yet: make outputs ONLY={path.relative_to(REPO)})\n")
        written.append(recording)
    toml = folder / "examples.toml"
    with toml.open("a") as handle:
        handle.write(
            f"\n[{example}]\n# The three files' module-level `result` must be equal. Name other\n"
            "# values, add rtol/atol with a why, or use compare_shapes, at_least, at_most or\n"
            '# exempt = "why nothing is comparable" (see CONTRIBUTING.md).\n'
            'compare = ["result"]\n'
        )
    written.append(toml)
    page = DOCS / f"{topic}.md"
    block = (
        f"\n## TODO: a heading for {example}\n\nTODO: why this differs between frameworks.\n\n"
        f"<!-- rosetta:example {topic}/{example} -->\n"
    )
    if page.exists():
        page.write_text(page.read_text().rstrip("\n") + "\n" + block)
        written.append(page)
    else:
        print(
            f"docs/{topic}.md does not exist: run `make new-page {topic}` first, or paste "
            f"this block into the page that shows the example:\n{block}"
        )
    for path in written:
        print(f"wrote {path.relative_to(REPO)}")
    print(
        "\nNext: write the three snippet files and place the directive on the page, then\n"
        f"  make outputs ONLY=snippets/{topic}/   and   .venv/bin/python -m pytest -k {example}"
    )
    return 0


def new_page(name: str, title: str | None = None) -> int:
    if not NAME.match(name or ""):
        print("usage: make new-page NAME  (lower case, digits, underscores)", file=sys.stderr)
        return 2
    page = DOCS / f"{name}.md"
    if page.exists():
        print(f"{page.relative_to(REPO)} exists; not overwritten", file=sys.stderr)
        return 1
    title = title or name.replace("_", " ").capitalize()
    page.write_text(
        f"# {title}\n\nTODO: what this page compares, and the one design difference behind it.\n"
    )
    config = REPO / "mkdocs.yml"
    text = config.read_text()
    anchor = "  - API cross-reference: reference.md\n"
    # A title with YAML syntax in it ("Attention: the basics") is written quoted.
    key = json.dumps(title, ensure_ascii=False) if YAML_SPECIAL.search(title) else title
    entry = f"  - {key}: {name}.md\n"
    config.write_text(text.replace(anchor, entry + anchor, 1) if anchor in text else text + entry)
    # The Chinese edition lists the same pages (tests/test_i18n.py); its title is translated
    # with the page.
    zh_config = REPO / "mkdocs.zh.yml"
    text, anchor = zh_config.read_text(), "  - API 对照表: reference.md\n"
    zh_config.write_text(
        text.replace(anchor, entry + anchor, 1) if anchor in text else text + entry
    )
    print(
        f"wrote {page.relative_to(REPO)} and its navigation entries in mkdocs.yml and mkdocs.zh.yml"
    )
    print(f"Next: make new-example {name}/<example>")
    print(
        f"When the page is written: describe it under `extra: topics:` in mkdocs.yml and "
        f"mkdocs.zh.yml, and give it its Chinese twin with `python -m rosetta i18n scaffold "
        f"{name}.md`"
    )
    return 0


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "example":
        return new_example(argv[1])
    if len(argv) >= 2 and argv[0] == "page":
        return new_page(argv[1], " ".join(argv[2:]) or None)
    print(
        "usage: python -m rosetta.scaffold example TOPIC/NAME | page NAME [TITLE]", file=sys.stderr
    )
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
