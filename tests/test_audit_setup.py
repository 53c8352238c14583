"""`make audit` installs Lighthouse with `npm ci`, which refuses a lock out of step with
package.json. This checks the two agree, offline, without installing anything."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from rosetta.harness import REPO

AUDIT = REPO / "rosetta" / "audit"
FIX = "Repair it with: cd rosetta/audit && npm install --package-lock-only --ignore-scripts"
NO_METADATA = (
    "npm's cache lacks registry metadata the audit lock needs, so the offline check cannot "
    "run: `make npm-metadata` fetches it (`make test` does so first)"
)


def npm_ci_problem(folder) -> str | None:
    result = subprocess.run(
        ["npm", "ci", "--dry-run", "--offline", "--ignore-scripts", "--no-audit", "--no-fund"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if "ENOTCACHED" in result.stderr:
        pytest.fail(f"{NO_METADATA}\n{result.stderr}")
    return None if result.returncode == 0 else result.stdout + result.stderr


@pytest.fixture
def audit_copy(tmp_path):
    if shutil.which("npm") is None:
        pytest.skip("npm is not installed; `make audit` needs it")
    for name in ("package.json", "package-lock.json"):
        shutil.copy2(AUDIT / name, tmp_path / name)
    return tmp_path


def test_audit_lock_is_in_step_with_package_json(audit_copy):
    problem = npm_ci_problem(audit_copy)
    assert problem is None, (
        f"rosetta/audit/package-lock.json: `npm ci` refuses it.\n{FIX}\n{problem}"
    )


def test_audit_lock_check_catches_a_missing_package(audit_copy):
    lock = json.loads((audit_copy / "package-lock.json").read_text())
    del lock["packages"]["node_modules/third-party-web"]
    (audit_copy / "package-lock.json").write_text(json.dumps(lock))
    assert "Missing: third-party-web" in (npm_ci_problem(audit_copy) or "")
