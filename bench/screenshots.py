"""Screenshots of the default theme: home, article, tag and search pages, on a phone (390 px)
and a laptop (1366 px), light and dark, taken in Debian's Chromium from the seed site.

    .venv/bin/python bench/screenshots.py                 # writes docs/screenshots/*.png
    .venv/bin/python bench/screenshots.py --out DIR --full-page

The site is built from the project's content/ into a temporary folder and served from
127.0.0.1 only; nothing in the project changes but the output folder.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.conftest import CHROMIUM, CHROMIUM_ARGS, served_seed_site  # noqa: E402

WIDTHS = {"phone": (390, 844), "laptop": (1366, 900)}
SCHEMES = ("light", "dark")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--full-page", action="store_true", help="the whole page, not the first screen")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    with served_seed_site() as (web, origin):
        targets = _targets(web)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for width_name, (width, height) in WIDTHS.items():
                for scheme in SCHEMES:
                    context = browser.new_context(
                        viewport={"width": width, "height": height},
                        color_scheme=scheme,
                        device_scale_factor=1,
                        is_mobile=width_name == "phone",
                        has_touch=width_name == "phone",
                    )
                    page = context.new_page()
                    for name, path in targets.items():
                        page.goto(f"{origin}/{path}")
                        page.wait_for_load_state("networkidle")
                        if name == "search":
                            page.wait_for_selector("#search-results .results")
                        target = args.out / f"{name}-{width_name}-{scheme}.png"
                        page.screenshot(path=str(target), full_page=args.full_page)
                        print(target.relative_to(REPO) if target.is_relative_to(REPO) else target)
                    context.close()
            browser.close()
    return 0


def _targets(web: Path) -> dict[str, str]:
    """Page name -> path: the newest article, a tag page, a search."""
    articles = sorted(web.glob("[0-9]*/*/*/*/index.html"))
    article = articles[-1].parent.relative_to(web).as_posix() + "/"
    return {"home": "", "article": article, "tag": "tags/deepseek/", "search": "search/?q=딥시크"}


if __name__ == "__main__":
    sys.exit(main())
