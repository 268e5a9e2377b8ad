"""Every generated page passes html-validate (pinned in package.json, run offline)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from site_builder import config, site
from tests.conftest import REPO
from tests.test_check import BASE, add_seed_articles

VALIDATOR = REPO / "node_modules" / ".bin" / "html-validate"


def validate(target: Path) -> tuple[int, list[dict]]:
    if not shutil.which("node") or not shutil.which("npm"):
        pytest.skip("node and npm are not installed: the HTML validator (npm html-validate) cannot run")
    assert VALIDATOR.exists(), "html-validate is not installed: run `npm ci` in the project folder"
    result = subprocess.run(
        [str(VALIDATOR), "--config", str(REPO / ".htmlvalidate.json"), "--formatter", "json", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )
    assert result.returncode in (0, 1), result.stderr
    return result.returncode, json.loads(result.stdout or "[]")


def describe(results: list[dict]) -> str:
    return "\n".join(
        f"{r['filePath']}:{m['line']}:{m['column']}: {m['message']} [{m['ruleId']}]"
        for r in results
        for m in r["messages"]
    )


def test_every_page_of_the_seed_site_is_valid_html(empty_project: Path) -> None:
    add_seed_articles(empty_project)
    cfg = config.load(empty_project, {"base_url": BASE})
    site.build(cfg)
    pages = list(cfg.output_dir.rglob("*.html"))
    assert len(pages) >= 10
    code, results = validate(cfg.output_dir)
    errors = [r for r in results if r["errorCount"]]
    assert code == 0 and not errors, describe(errors)


def test_the_validator_still_finds_errors(tmp_path: Path) -> None:
    # Guards .htmlvalidate.json: turning off style rules must not turn off validation.
    page = tmp_path / "index.html"
    page.write_text(
        '<!doctype html><html lang="ko"><head><title>t</title></head>'
        '<body><p id="a">x</p><p id="a">y</p><div><span></div><img src="x.png"></body></html>',
        encoding="utf-8",
    )
    code, results = validate(tmp_path)
    rules = {m["ruleId"] for r in results for m in r["messages"]}
    assert code == 1
    assert {"no-dup-id", "close-order", "wcag/h37"} <= rules, describe(results)
