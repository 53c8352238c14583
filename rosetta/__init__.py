"""Framework Rosetta's tooling: the example model, running and recording snippets, and the
content generated into the pages. `python -m rosetta --help` lists the commands."""
