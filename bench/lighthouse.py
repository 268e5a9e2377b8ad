"""Lighthouse (mobile) scores of the seed site's home page, an article page and a tag page.

    .venv/bin/python bench/lighthouse.py                      # runs `npx --yes lighthouse@12`
    .venv/bin/python bench/lighthouse.py --lighthouse /tmp/lh/node_modules/.bin/lighthouse

Not part of the test suite: a run takes about 15 s a page. The site is built from content/
into a temporary folder, served from 127.0.0.1, and audited in Debian's Chromium; Lighthouse
itself needs no network once installed (npm fetches it the first time).
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.conftest import CHROMIUM, CHROMIUM_ARGS, served_seed_site  # noqa: E402

CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def audit(command: list[str], url: str) -> dict[str, int]:
    """Each category's score (0-100) for one URL."""
    flags = " ".join(CHROMIUM_ARGS)
    result = subprocess.run(
        [
            *command,
            url,
            "--quiet",
            "--output=json",
            "--output-path=stdout",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags={flags}",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        timeout=300,
        check=True,
    )
    report = json.loads(result.stdout)
    return {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lighthouse", default="npx --yes lighthouse@12", help="the command that runs Lighthouse")
    args = parser.parse_args()
    command = shlex.split(args.lighthouse)
    with served_seed_site() as (web, origin):
        article = sorted(web.glob("[0-9]*/*/*/*/index.html"))[-1].parent.relative_to(web).as_posix() + "/"
        pages = {"home": "", "article": article, "tag": "tags/deepseek/"}
        failed = False
        for name, path in pages.items():
            scores = audit(command, f"{origin}/{path}")
            failed |= any(score < 100 for score in scores.values())
            print(f"{name:8} /{path}: " + ", ".join(f"{k} {v}" for k, v in scores.items()), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
