"""Nothing a snippet starts outlives it, and nothing the suite runs writes into the repository.

Used by the harness (a fresh interpreter's whole process group is stopped with it) and by
tests/conftest.py, which marks every process the suite starts and checks at the end that
none is left, and that `git status` shows what it showed at the start.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import time
from pathlib import Path

# Set to a fresh value by each suite run and inherited by every process it starts (workers,
# kernels, fresh interpreters, DataLoader workers, DDP ranks, browsers): a process that
# still carries it when the suite ends was left behind.
SUITE_MARKER = "ROSETTA_SUITE_RUN"


def processes() -> list[int]:
    return [int(name) for name in os.listdir("/proc") if name.isdigit()]


def _read(pid: int, name: str) -> bytes:
    try:
        return Path(f"/proc/{pid}/{name}").read_bytes()
    except OSError:  # gone, or not ours to read
        return b""


def _stat(pid: int) -> list[str]:
    """/proc/PID/stat after the command name: state, ppid, pgrp, ... ([] when gone)."""
    return _read(pid, "stat").decode(errors="replace").rsplit(")", 1)[-1].split()


def _alive(stat: list[str]) -> bool:
    return bool(stat) and stat[0] != "Z"  # a zombie is dead and only awaits its parent


def describe(pid: int) -> str:
    command = _read(pid, "cmdline").replace(b"\0", b" ").decode(errors="replace").strip()
    return f"pid {pid}: {command[:160] or '?'}"


def _still_there(find, grace_s: float) -> list[int]:
    """find()'s processes, after waiting up to grace_s for them to finish exiting."""
    deadline = time.monotonic() + grace_s
    while (found := find()) and time.monotonic() < deadline:
        time.sleep(0.1)
    return found


def in_group(group: int, grace_s: float = 0) -> list[int]:
    """Live processes in a process group (the group a fresh interpreter leads)."""

    def find():
        return [
            pid
            for pid in processes()
            if _alive(s := _stat(pid)) and len(s) > 2 and int(s[2]) == group
        ]

    return _still_there(find, grace_s)


def marked(value: str, grace_s: float = 0) -> list[int]:
    """Live processes whose environment carries SUITE_MARKER=value, other than this one."""
    needle = f"{SUITE_MARKER}={value}".encode()

    def find():
        return [
            pid
            for pid in processes()
            if pid != os.getpid()
            and _alive(_stat(pid))
            and needle in _read(pid, "environ").split(b"\0")
        ]

    return _still_there(find, grace_s)


def kill(pids: list[int]) -> None:
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


def kill_group(group: int) -> None:
    try:
        os.killpg(group, signal.SIGKILL)
    except OSError:
        pass


def repository_state(repo: Path) -> dict[str, str] | None:
    """Each path `git status` lists, with a hash of its content; None outside a git checkout."""
    try:
        listed = subprocess.run(
            ["git", "status", "--porcelain=v1", "-z", "--untracked-files=all"],
            cwd=repo,
            capture_output=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    state = {}
    for entry in filter(None, listed.decode(errors="replace").split("\0")):
        path = entry[3:]
        file = repo / path
        content = file.read_bytes() if file.is_file() else b""
        state[path] = f"{entry[:2]} {hashlib.sha256(content).hexdigest()[:12]}"
    return state


def repository_changes(before: dict[str, str], after: dict[str, str]) -> list[str]:
    return sorted(
        path for path in before.keys() | after.keys() if before.get(path) != after.get(path)
    )
