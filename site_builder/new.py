"""`build.py new "제목"`: start a hand-written article with correct front matter.

The file is content/articles/<date>-<slug>.md, dated now in the site's time zone (KST by
default) with its offset spelled out, so the article lands on the day the author sees.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys

from .config import Config
from .datafiles import make_slug
from .errors import display_path

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def front_matter(title: str, when: dt.datetime, slug: str, draft: bool) -> str:
    # A JSON string is a valid YAML double-quoted scalar: any title survives unescaped.
    return (
        "---\n"
        f"title: {json.dumps(title, ensure_ascii=False)}\n"
        f"date: {when.isoformat(timespec='seconds')}\n"
        f"slug: {slug}\n"
        "tags: []\n"
        "summary: ''\n"
        f"draft: {'true' if draft else 'false'}\n"
        "---\n"
        "\n"
    )


def run(
    config: Config, title: str, slug: str | None = None, draft: bool = False, now: dt.datetime | None = None
) -> int:
    title = " ".join(title.split())
    if not title:
        print('new: the title is empty; give one, e.g. python build.py new "딥시크 R1 공개"', file=sys.stderr)
        return 1
    if slug is not None and not SLUG.match(slug):
        print(f"new: slug '{slug}' must be lowercase ASCII letters, digits and single hyphens", file=sys.stderr)
        return 1
    slug = slug or make_slug(title)
    when = (now or dt.datetime.now(dt.UTC)).astimezone(config.tz).replace(microsecond=0)
    path = config.content_dir / "articles" / f"{when:%Y-%m-%d}-{slug}.md"
    shown = display_path(path, config.root)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        # Exclusive create: never overwrite, even if another process writes the same name.
        with path.open("x", encoding="utf-8") as handle:
            handle.write(front_matter(title, when, slug, draft))
    except FileExistsError:
        print(f"new: {shown} already exists; edit it, or pick another name with --slug", file=sys.stderr)
        return 1
    print(f"created {shown}")
    return 0
