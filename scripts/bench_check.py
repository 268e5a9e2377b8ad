"""Time `check` on synthetic sites of growing size, to show it scales linearly.

Usage: .venv/bin/python scripts/bench_check.py [N ...]   (default: 1000 5000)
Builds each site in a temporary folder with base path /ai-timeline/ and prints, per size,
the pages checked, the seconds `check` took and the microseconds per page.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from site_builder import config, site  # noqa: E402
from site_builder.check import check_site  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
TAGS = ["DeepSeek", "OpenAI", "Nvidia", "Google", "Meta", "Anthropic", "Microsoft", "삼성전자", "네이버", "LG"]


def make_project(root: Path, count: int) -> None:
    articles = root / "content" / "articles"
    articles.mkdir(parents=True)
    shutil.copy(REPO / "site.yaml", root / "site.yaml")
    for name in ("tags.yaml", "milestones.yaml", "outlets.yaml"):
        if (REPO / "content" / name).exists():
            shutil.copy(REPO / "content" / name, root / "content" / name)
    rng = random.Random(count)
    start = dt.datetime(2023, 1, 1, 9, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    for i in range(count):
        when = start + dt.timedelta(hours=7 * i)
        tags = ", ".join(rng.sample(TAGS, 3))
        (articles / f"{when:%Y-%m-%d}-a{i}.md").write_text(
            f"---\ntitle: 합성 기사 {i}\ndate: {when.isoformat()}\ntags: [{tags}]\nsummary: 요약 {i}\n---\n"
            + "인공지능 뉴스 본문 문단입니다. " * 40
            + "\n\n## 소제목\n\n[외부](https://example.com/)\n",
            encoding="utf-8",
        )


def main(sizes: list[int]) -> None:
    for count in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp) / "site"
            make_project(root, count)
            cfg = config.load(root, {"base_url": "https://example.github.io/ai-timeline/"})
            started = time.perf_counter()
            site.build(cfg)
            built = time.perf_counter() - started
            pages = sum(1 for _ in cfg.output_dir.rglob("*.html"))
            started, cpu = time.perf_counter(), time.process_time()
            problems = check_site(cfg)
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
            print(
                f"{count} articles: {pages} pages, build {built:.1f} s, check {seconds:.2f} s wall / {cpu:.2f} s CPU "
                f"({cpu / pages * 1e6:.0f} µs CPU/page), {len(problems)} problems"
            )
            for line in problems[:5]:
                print("  " + line)


if __name__ == "__main__":
    main([int(n) for n in sys.argv[1:]] or [1000, 5000])
