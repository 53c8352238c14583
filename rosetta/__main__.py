"""`python -m rosetta COMMAND`: the one entry point to the tooling. The Makefile's targets
call it; `python -m rosetta --help` lists the commands."""

from __future__ import annotations

import sys


def _record(args):
    from rosetta.harness import main

    return main(["record", *args])


def _tutorials(args):
    from rosetta.tutorials import record, write_chinese

    if args[:1] == ["zh"]:  # the Chinese notebooks only, from the stored English ones
        return write_chinese(args[1] if len(args) > 1 else None)
    return record(args[0] if args else None)


def _notebooks(args):
    from pathlib import Path

    from rosetta.i18n import DOCS, ZH
    from rosetta.notebooks import write_site_notebooks

    if len(args) not in (1, 2) or args[1:] not in ([], ["zh"]):
        print("usage: python -m rosetta notebooks SITE_DIR [zh]", file=sys.stderr)
        return 2
    written = write_site_notebooks(Path(args[0]), ZH if args[1:] == ["zh"] else DOCS)
    print(f"wrote {written} notebooks into {args[0]}/")
    return 0


def _shards(args):
    from rosetta.shards import main

    return main()


def _bench(args):
    from rosetta.bench.__main__ import main

    return main(args)


def _audit(args):
    from rosetta.audit.run import main

    return main()


def _new_example(args):
    from rosetta.scaffold import main

    return main(["example", *args])


def _new_page(args):
    from rosetta.scaffold import main

    return main(["page", *args])


def _i18n(args):
    from rosetta.i18n import main

    return main(args)


def _keys(args):
    from rosetta.schema import CrossrefRow, ExampleSettings, markdown_table

    print("examples.toml:\n\n" + markdown_table(ExampleSettings))
    print("\ncrossref.yaml:\n\n" + markdown_table(CrossrefRow))
    return 0


# command -> (handler, what it does)
COMMANDS = {
    "record": (_record, "make outputs: the suite's output test in update mode [PATHS]"),
    "tutorials": (
        _tutorials,
        "[zh] execute the tutorials and store their outputs (zh: write only the Chinese ones)",
    ),
    "notebooks": (
        _notebooks,
        "SITE_DIR [zh]: write the pages' notebooks into a built site",
    ),
    "shards": (_shards, "the CI wall time to expect with 1, 2 and 4 shards (.test_durations)"),
    "bench": (_bench, "time every workload x framework x mode (--help for options)"),
    "audit": (_audit, "Lighthouse on the audited pages of the built site"),
    "new-example": (_new_example, "TOPIC/NAME: three snippet files, a parity table, a directive"),
    "new-page": (_new_page, "NAME [TITLE]: a page and its navigation entry"),
    "i18n": (_i18n, "scaffold PAGE: a Chinese twin to translate; check: the editions in step"),
    "keys": (_keys, "the keys of examples.toml and crossref.yaml, as CONTRIBUTING shows them"),
}


def usage() -> str:
    width = max(map(len, COMMANDS))
    lines = [f"  {name:<{width}}  {what}" for name, (_, what) in COMMANDS.items()]
    return "usage: python -m rosetta COMMAND [ARGS]\n\ncommands:\n" + "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in ("-h", "--help"):
        print(usage())
        return 0
    if not argv or argv[0] not in COMMANDS:
        print(usage(), file=sys.stderr)
        return 2
    handler, _ = COMMANDS[argv[0]]
    return handler(argv[1:])


if __name__ == "__main__":
    sys.exit(main())
