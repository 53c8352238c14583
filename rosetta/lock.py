"""`make lock`: rewrites the transitive part of requirements.txt from the installed .venv."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REQUIREMENTS = Path(__file__).resolve().parent.parent / "requirements.txt"
MARKER = "# --- transitive ---"


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def main() -> int:
    head = REQUIREMENTS.read_text().split(MARKER)[0]
    direct = {_key(m.group(1)) for m in re.finditer(r"^([A-Za-z0-9_.-]+)==", head, re.M)}
    frozen = subprocess.run(
        [sys.executable, "-m", "pip", "freeze", "--exclude-editable"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    transitive = [
        line for line in frozen if "==" in line and _key(line.split("==")[0]) not in direct
    ]
    REQUIREMENTS.write_text(
        head + MARKER + "\n" + "\n".join(sorted(transitive, key=str.lower)) + "\n"
    )
    print(
        f"{len(direct)} direct and {len(transitive)} transitive pins written to {REQUIREMENTS.name}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
