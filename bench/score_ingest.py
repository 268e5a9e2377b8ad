"""Ingest a folder of raw seeds into a scratch project and score it with the shared yardstick.

Usage: .venv/bin/python bench/score_ingest.py RAW_DIR LABELS_DIR [--range A-B] [--quiet] [--keep DIR]

RAW_DIR holds seed .txt files (e.g. ../shared/dev-set/raw), LABELS_DIR their labels. The
score is ../shared/eval/score_ingest.py's own output.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from site_builder import config as config_mod  # noqa: E402
from site_builder import ingest  # noqa: E402

SCORER = REPO.parent / "shared" / "eval" / "score_ingest.py"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("raw")
    ap.add_argument("labels")
    ap.add_argument("--range")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--keep", help="copy the ingested content/ here")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "seeds").mkdir()
        (root / "content").mkdir()
        for name in ("tags.yaml", "milestones.yaml", "outlets.yaml"):
            shutil.copy(REPO / "content" / name, root / "content" / name)
        lo, hi = (int(x) for x in a.range.split("-")) if a.range else (0, 10**9)
        for path in sorted(Path(a.raw).glob("*.txt")):
            number = path.name.split("_", 1)[0]
            if not number.isdigit() or lo <= int(number) <= hi:  # never ingest what is not scored
                shutil.copy(path, root / "seeds" / path.name)
        log = io.StringIO()
        with contextlib.redirect_stdout(log), contextlib.redirect_stderr(log):
            ingest.run(config_mod.load(root))
        if a.keep:
            shutil.rmtree(a.keep, ignore_errors=True)
            shutil.copytree(root / "content", a.keep)
            Path(a.keep, "ingest.log").write_text(log.getvalue(), encoding="utf-8")
        cmd = [sys.executable, str(SCORER), str(root / "content"), "--labels", a.labels]
        cmd += ["--range", a.range] if a.range else []
        cmd += ["--quiet"] if a.quiet else []
        return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
