"""Checks on the GitHub Actions workflows, Dependabot and the GPU lock. Each failure names the
file, the job (and step) and the fix. zizmor, run in ci.yml, audits the workflows more widely.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest
import yaml

from rosetta.harness import REPO

WORKFLOW_DIR = REPO / ".github" / "workflows"
DEPENDABOT = REPO / ".github" / "dependabot.yml"
GPU_WORKFLOW = "gpu.yml"
# Events only people with write access can cause; anything else may run a fork's code or
# a fork's copy of the workflow file.
TRUSTED_FOR_SELF_HOSTED = {"push", "workflow_dispatch", "schedule"}
GITHUB_HOSTED = re.compile(r"^(ubuntu|windows|macos)-[\w.-]+$")
PINNED = re.compile(r"^[\w.-]+/[\w.-]+(/[^@]+)?@[0-9a-f]{40}$")
USES_LINE = re.compile(r"^\s*(?:-\s+)?uses:\s*(['\"]?)(?P<ref>[^\s'\"#]+)\1\s*(?P<comment>#.*)?$")
VERSION_COMMENT = re.compile(r"#\s*v?\d+(\.\d+)*\b")
REUSABLE = re.compile(r"^[$.]/\.github/workflows/(?P<file>[^@/]+)$")
# Values a pull request's author chooses (branch names, titles, bodies) or a dispatcher types.
UNTRUSTED_EXPRESSION = re.compile(
    r"\$\{\{[^}]*\b(github\.event\b|github\.(base|head)_ref\b|inputs\.)[^}]*\}\}"
)
REGENERATE = "regenerate requirements-gpu.txt with the command at its top"


@dataclass
class Workflow:
    """One workflow file: its text (for comments, which YAML drops) and its parsed form."""

    file: str
    text: str
    data: dict = field(init=False)

    def __post_init__(self) -> None:
        self.data = yaml.safe_load(self.text) or {}

    @property
    def triggers(self) -> dict:
        # YAML 1.1 reads a bare `on` key as the boolean True.
        on = self.data.get("on", self.data.get(True))
        if isinstance(on, str):
            return {on: None}
        if isinstance(on, list):
            return dict.fromkeys(on)
        return dict(on or {})

    @property
    def jobs(self) -> dict:
        return self.data.get("jobs") or {}

    def steps(self):
        """(where, step) for every step, `where` naming the file, job and step."""
        for job_id, job in self.jobs.items():
            for number, step in enumerate(job.get("steps") or [], 1):
                label = step.get("name") or step.get("uses") or str(step.get("run", "")).strip()
                label = label.splitlines()[0] if label else "unnamed"
                yield f"{self.file}, job {job_id}, step {number} ({label})", step

    def uses(self):
        """(where, reference) for every `uses:` of a job or a step."""
        for job_id, job in self.jobs.items():
            if "uses" in job:
                yield f"{self.file}, job {job_id}", str(job["uses"])
        for where, step in self.steps():
            if "uses" in step:
                yield where, str(step["uses"])


def workflow(name: str, text: str) -> Workflow:
    return Workflow(f".github/workflows/{name}", text)


def load_workflows() -> dict[str, Workflow]:
    paths = sorted([*WORKFLOW_DIR.glob("*.yml"), *WORKFLOW_DIR.glob("*.yaml")])
    return {path.name: workflow(path.name, path.read_text()) for path in paths}


WORKFLOWS = load_workflows()


def _fail(messages):
    if messages:
        pytest.fail("\n".join(messages), pytrace=False)


def _params():
    return [pytest.param(wf, id=name) for name, wf in WORKFLOWS.items()]


# ----------------------------------------------------------------------------- checks


def is_self_hosted(runs_on) -> bool:
    """True unless every label names a GitHub-hosted image, such as ubuntu-latest."""
    if runs_on is None:  # a job that calls a reusable workflow runs nothing itself
        return False
    labels = runs_on if isinstance(runs_on, list) else [runs_on]
    return not all(isinstance(label, str) and GITHUB_HOSTED.match(label) for label in labels)


def reachable_triggers(workflows: dict[str, Workflow]) -> dict[str, set[str]]:
    """Each workflow's triggers; a reusable workflow's include those of its callers."""
    reach = {name: set(wf.triggers) - {"workflow_call"} for name, wf in workflows.items()}
    calls = [
        (name, match["file"])
        for name, wf in workflows.items()
        for _, ref in wf.uses()
        if (match := REUSABLE.match(ref)) and match["file"] in workflows
    ]
    changed = True
    while changed:
        changed = False
        for caller, called in calls:
            if not reach[caller] <= reach[called]:
                reach[called] |= reach[caller]
                changed = True
    return reach


def self_hosted_problems(workflows: dict[str, Workflow]) -> list[str]:
    problems = []
    for name, untrusted in reachable_triggers(workflows).items():
        untrusted = sorted(untrusted - TRUSTED_FOR_SELF_HOSTED)
        wf = workflows[name]
        problems += [
            f"{wf.file}, job {job_id}: runs on a self-hosted runner ({job['runs-on']}) but is "
            f"reachable from {', '.join(untrusted)}. A pull request's run uses the pull "
            "request's own workflow file, so no `if:` or label check protects the machine: "
            "run the job only from push to main or workflow_dispatch of a reviewed SHA."
            for job_id, job in wf.jobs.items()
            if untrusted and is_self_hosted(job.get("runs-on"))
        ]
    return problems


def gpu_trigger_problems(wf: Workflow) -> list[str]:
    triggers, problems = wf.triggers, []
    if set(triggers) != {"workflow_dispatch", "push"}:
        problems.append(
            f"{wf.file}: triggers are {sorted(triggers)}; the GPU workflow runs only on "
            "`workflow_dispatch` (a maintainer's reviewed SHA) and `push` to main."
        )
    push = triggers.get("push") or {}
    if "push" in triggers and (set(push) != {"branches"} or push["branches"] != ["main"]):
        problems.append(
            f"{wf.file}: `push` must be limited to `branches: [main]`, with no other filter."
        )
    inputs = (triggers.get("workflow_dispatch") or {}).get("inputs") or {}
    if "workflow_dispatch" in triggers and (inputs.get("sha") or {}).get("required") is not True:
        problems.append(
            f"{wf.file}: `workflow_dispatch` needs a required `sha` input, the full SHA of "
            "the reviewed commit that the job checks out."
        )
    return problems


def pinning_problems(wf: Workflow) -> list[str]:
    comments: dict[str, list[str]] = {}
    for line in wf.text.splitlines():
        if match := USES_LINE.match(line):
            comments.setdefault(match["ref"], []).append(match["comment"] or "")
    problems = []
    for where, ref in wf.uses():
        name = ref.split("@")[0]
        if ref.startswith("$/"):  # this repository, at the commit being run
            continue
        if ref.startswith("./"):
            problems.append(
                f"{where}: `uses: {ref}` reads whatever is on disk; write `uses: $/{ref[2:]}` "
                "(this repository, at this commit)."
            )
        elif not PINNED.match(ref):
            problems.append(
                f"{where}: `uses: {ref}` can move under us. Pin the commit of the latest release "
                f"of that major version, with the version in a comment: `uses: {name}@<40-hex "
                "SHA>  # vX.Y.Z` (the SHA: `git rev-parse 'vX.Y.Z^{commit}'` in a clone)."
            )
        elif not all(VERSION_COMMENT.search(c) for c in comments.get(ref, [""])):
            problems.append(
                f"{where}: `uses: {ref}` has no version comment; add the release the SHA is, "
                "e.g. `  # v4.2.2`, for readers and for Dependabot."
            )
    return problems


def checkout_problems(wf: Workflow) -> list[str]:
    return [
        f"{where}: actions/checkout keeps the token in .git/config for every later step and "
        "any uploaded artefact; add `with: persist-credentials: false`."
        for where, step in wf.steps()
        if str(step.get("uses", "")).startswith("actions/checkout@")
        and (step.get("with") or {}).get("persist-credentials") not in (False, "false")
    ]


def timeout_problems(wf: Workflow) -> list[str]:
    return [
        f"{wf.file}, job {job_id}: no `timeout-minutes`, so a hung job holds its runner for "
        "6 hours (a self-hosted one for days); set it a little above the job's usual time."
        for job_id, job in wf.jobs.items()
        if "uses" not in job and "timeout-minutes" not in job
    ]


def inline_expression_problems(wf: Workflow) -> list[str]:
    problems = []
    for where, step in wf.steps():
        scripts = {"run": step.get("run")}
        if str(step.get("uses", "")).startswith("actions/github-script@"):
            scripts["script"] = (step.get("with") or {}).get("script")
        for key, script in scripts.items():
            for match in UNTRUSTED_EXPRESSION.finditer(script if isinstance(script, str) else ""):
                problems.append(
                    f"{where}: `{key}:` pastes `{match[0]}` into the script, where a branch "
                    "name or a title becomes code. Pass it through the step's `env:` (e.g. "
                    '`env: BASE_REF: ${{ github.base_ref }}`) and use "$BASE_REF".'
                )
    return problems


def gpu_job_problems(wf: Workflow) -> list[str]:
    scripts = {where: str(step.get("run", "")) for where, step in wf.steps()}
    problems = [
        f"{where}: runs the CPU suite (`make test` installs Chromium with apt-get as root); "
        "the GPU job runs `make test-gpu`."
        for where, script in scripts.items()
        if re.search(r"\bmake\s+test(?![-\w])", script) or ".ci/run" in script
    ]
    if not any(re.search(r"\bmake\s+test-gpu\b", s) for s in scripts.values()):
        problems.append(f"{wf.file}: no step runs `make test-gpu`; add it after the install.")
    if not any("--require-hashes -r requirements-gpu.txt" in s for s in scripts.values()):
        problems.append(
            f"{wf.file}: install the environment from the hashed lock: "
            "`.venv/bin/pip install --require-hashes -r requirements-gpu.txt`."
        )
    return problems


def dependabot_problems(text: str | None) -> list[str]:
    if text is None:
        return [
            ".github/dependabot.yml is missing; add one with weekly updates for the "
            "github-actions and pip ecosystems (directory: /)."
        ]
    entries = (yaml.safe_load(text) or {}).get("updates") or []
    updates = {entry.get("package-ecosystem"): entry for entry in entries}
    problems = []
    for ecosystem in ("github-actions", "pip"):
        update = updates.get(ecosystem)
        if update is None:
            problems.append(
                f".github/dependabot.yml: no `package-ecosystem: {ecosystem}` entry; add one "
                "with `directory: /` and `schedule: interval: weekly`."
            )
        elif (update.get("schedule") or {}).get("interval") != "weekly":
            problems.append(
                f".github/dependabot.yml: the {ecosystem} entry must have "
                "`schedule: interval: weekly`."
            )
    return problems


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pins(lines) -> dict[str, str]:
    """`name[extras]` (normalised) -> version, for the `name==version` lines among `lines`."""
    pins = {}
    for line in lines:
        if match := re.match(r"^([A-Za-z0-9][\w.-]*)(\[[^\]]*\])?==([^\s;\\#]+)", line):
            pins[_normalise(match[1]) + (match[2] or "").lower()] = match[3]
    return pins


def gpu_lock_problems(requirements: str, gpu_in: str, gpu_lock: str) -> list[str]:
    direct = _pins(requirements.splitlines())
    gpu_names = {"tensorflow-cpu": "tensorflow[and-cuda]", "jax": "jax[cuda12]"}
    # The same versions without the CPU build's local label: torch 2.13.0+cpu -> 2.13.0.
    expected = {
        gpu_names.get(name, name): version.split("+")[0] for name, version in direct.items()
    }
    pinned = _pins(gpu_in.splitlines())
    problems = [
        f"requirements-gpu.in: pin {name}=={version} (requirements.in's pin"
        f"{', as tensorflow-cpu' if name.startswith('tensorflow[') else ''}), "
        f"not {pinned.get(name, 'nothing')}; then {REGENERATE}."
        for name, version in expected.items()
        if pinned.get(name) != version
    ]
    problems += [
        f"requirements-gpu.in: {name} is not pinned in requirements.in; remove it "
        f"(or add it there), then {REGENERATE}."
        for name in pinned
        if name not in expected
    ]
    blocks = re.split(r"\n(?=[A-Za-z0-9])", gpu_lock)
    locked = _pins(blocks)
    problems += [
        f"requirements-gpu.txt: locks {name.split('[')[0]} at "
        f"{locked.get(name.split('[')[0], 'nothing')}, requirements-gpu.in pins {version}; "
        f"{REGENERATE}."
        for name, version in pinned.items()
        if locked.get(name.split("[")[0]) != version
    ]
    problems += [
        f"requirements-gpu.txt: {block.split()[0]} has no --hash; {REGENERATE}."
        for block in blocks
        if "==" in block.split("\n")[0] and "--hash=sha256:" not in block
    ]
    return problems


# ----------------------------------------------------------------------------- the files


def test_self_hosted_runners_are_reached_only_from_trusted_triggers():
    _fail(self_hosted_problems(WORKFLOWS))


def test_gpu_workflow_runs_only_for_a_reviewed_sha_or_a_push_to_main():
    _fail(gpu_trigger_problems(WORKFLOWS[GPU_WORKFLOW]))


@pytest.mark.parametrize("wf", _params())
def test_actions_are_pinned_to_a_commit_with_its_version(wf):
    _fail(pinning_problems(wf))


@pytest.mark.parametrize("wf", _params())
def test_checkout_does_not_keep_the_token(wf):
    _fail(checkout_problems(wf))


@pytest.mark.parametrize("wf", _params())
def test_every_job_has_a_timeout(wf):
    _fail(timeout_problems(wf))


@pytest.mark.parametrize("wf", _params())
def test_scripts_take_untrusted_values_through_env(wf):
    _fail(inline_expression_problems(wf))


def test_gpu_job_runs_make_test_gpu_from_the_hashed_lock():
    _fail(gpu_job_problems(WORKFLOWS[GPU_WORKFLOW]))


def test_dependabot_updates_actions_and_pip_weekly():
    _fail(dependabot_problems(DEPENDABOT.read_text() if DEPENDABOT.exists() else None))


def test_gpu_lock_pins_the_versions_of_requirements_in():
    _fail(
        gpu_lock_problems(
            (REPO / "requirements.in").read_text(),
            (REPO / "requirements-gpu.in").read_text(),
            (REPO / "requirements-gpu.txt").read_text(),
        )
    )


# ----------------------------------------------------------------------------- the checks fail


def _mutated(name: str, old: str, new: str) -> Workflow:
    text = WORKFLOWS[name].text
    assert old in text, f"{name} no longer contains {old!r}: update this test"
    return workflow(name, text.replace(old, new, 1))


def test_self_hosted_check_catches_a_pull_request_trigger():
    labelled = _mutated(
        GPU_WORKFLOW, "  push:\n", "  pull_request:\n    types: [labeled]\n  push:\n"
    )
    problems = self_hosted_problems({GPU_WORKFLOW: labelled})
    assert len(problems) == 1
    assert problems[0].startswith(
        ".github/workflows/gpu.yml, job gpu-suite: runs on a self-hosted runner "
        "(['self-hosted', 'gpu']) but is reachable from pull_request."
    )
    assert "pull_request" in gpu_trigger_problems(labelled)[0]


def test_self_hosted_check_follows_a_reusable_workflow_to_its_caller():
    caller = workflow(
        "caller.yml",
        "on: pull_request_target\njobs:\n  call:\n    uses: $/.github/workflows/callee.yml\n",
    )
    callee = workflow(
        "callee.yml",
        "on:\n  workflow_call:\njobs:\n  run:\n    runs-on: [self-hosted, gpu]\n"
        "    steps:\n      - run: make test-gpu\n",
    )
    problems = self_hosted_problems({"caller.yml": caller, "callee.yml": callee})
    assert len(problems) == 1
    assert problems[0].startswith(
        ".github/workflows/callee.yml, job run: runs on a self-hosted runner "
        "(['self-hosted', 'gpu']) but is reachable from pull_request_target."
    )


def test_pinning_check_catches_a_tag_and_a_missing_version_comment():
    checkout = "actions/checkout@11d5960a326750d5838078e36cf38b85af677262  # v4.4.0"
    tag = _mutated("pages.yml", checkout, "actions/checkout@v4")
    assert pinning_problems(tag) == [
        ".github/workflows/pages.yml, job build, step 1 (actions/checkout@v4): "
        "`uses: actions/checkout@v4` can move under us. Pin the commit of the latest release "
        "of that major version, with the version in a comment: `uses: actions/checkout@<40-hex "
        "SHA>  # vX.Y.Z` (the SHA: `git rev-parse 'vX.Y.Z^{commit}'` in a clone)."
    ]
    uncommented = _mutated("pages.yml", checkout, checkout.split("  #")[0])
    (problem,) = pinning_problems(uncommented)
    assert problem.startswith(".github/workflows/pages.yml, job build, step 1 (actions/checkout@")
    assert "has no version comment" in problem


def test_checkout_check_catches_a_kept_token():
    kept = _mutated("ci.yml", "          persist-credentials: false\n", "")
    assert checkout_problems(kept) == [
        ".github/workflows/ci.yml, job lint, step 1 (actions/checkout@11d5960a326750d5838078e36"
        "cf38b85af677262): actions/checkout keeps the token in .git/config for every later "
        "step and any uploaded artefact; add `with: persist-credentials: false`."
    ]


def test_timeout_and_expression_checks_catch_their_mistakes():
    no_timeout = _mutated("pages.yml", "    timeout-minutes: 20\n", "")
    assert [p.split(":")[0] for p in timeout_problems(no_timeout)] == [
        ".github/workflows/pages.yml, job build"
    ]
    inline = _mutated("ci.yml", '"origin/${BASE_REF}...HEAD"', '"origin/${{ github.base_ref }}"')
    (problem,) = inline_expression_problems(inline)
    assert problem.startswith(".github/workflows/ci.yml, job test, step ")
    assert "(Pages changed, in the job summary): `run:` pastes `${{ github.base_ref }}`" in problem


def test_gpu_job_check_catches_the_cpu_suite():
    cpu = _mutated(GPU_WORKFLOW, "run: make test-gpu", "run: make test")
    assert [p.split(": ", 1)[1][:24] for p in gpu_job_problems(cpu)] == [
        "runs the CPU suite (`mak",
        "no step runs `make test-",
    ]


def test_dependabot_check_catches_a_missing_ecosystem():
    assert dependabot_problems(
        "version: 2\nupdates:\n  - package-ecosystem: pip\n    directory: /\n"
        "    schedule:\n      interval: weekly\n"
    ) == [
        ".github/dependabot.yml: no `package-ecosystem: github-actions` entry; add one "
        "with `directory: /` and `schedule: interval: weekly`."
    ]


def test_gpu_lock_check_catches_a_version_drift():
    requirements = "torch==2.0.0+cpu\ntensorflow-cpu==2.1.0\njax==0.4.0\n"
    gpu_in = "torch==2.0.0\ntensorflow[and-cuda]==2.0.0\njax[cuda12]==0.4.0\n"
    lock = (
        "torch==2.0.0 \\\n    --hash=sha256:aa\ntensorflow==2.0.0 \\\n    --hash=sha256:bb\n"
        "jax==0.4.0\n"
    )
    assert gpu_lock_problems(requirements, gpu_in, lock) == [
        "requirements-gpu.in: pin tensorflow[and-cuda]==2.1.0 (requirements.in's pin, "
        f"as tensorflow-cpu), not 2.0.0; then {REGENERATE}.",
        f"requirements-gpu.txt: jax==0.4.0 has no --hash; {REGENERATE}.",
    ]


def test_zizmor_finds_nothing():
    """zizmor (pinned in requirements.in) at its default settings, as `make lint` and CI run it."""
    import subprocess
    import sys
    from pathlib import Path

    zizmor = Path(sys.executable).with_name("zizmor")
    result = subprocess.run(
        [str(zizmor), "--no-progress", ".github"], cwd=REPO, capture_output=True, text=True
    )
    assert result.returncode == 0, f"zizmor reports findings in .github/:\n{result.stdout}"
