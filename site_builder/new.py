"""`build.py new "제목"`: start a hand-written article with correct front matter.

The file is content/articles/<date>-<slug>.md, dated now in the site's time zone (KST by
default) with its offset spelled out, so the article lands on the day the author sees.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
from pathlib import Path

from .config import CONFIG_FILE, Config
from .content import ParseCache, permalink, refresh
from .datafiles import make_slug
from .errors import display_path
from .parallel import cores

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
    if not config.content_dir.is_dir() and not (config.root / CONFIG_FILE).is_file():
        # Not a project's folder (run from inside content/articles, say): the article would land
        # in a folder no build reads. (A new project's site.yaml, without content/ yet, is one.)
        where = display_path(config.content_dir, config.root)
        print(
            f"new: no '{where}' folder in {config.root}: run it in the project's folder (where site.yaml is), "
            "or give --root",
            file=sys.stderr,
        )
        return 1
    # A title's Hangul words have no Latin spelling: the slug keeps its Latin words and adds a
    # hash of the whole title, as ingest does, so '오픈AI 발표' and '오픈AI 반박' differ.
    slug = slug or make_slug(title, unique="" if title.isascii() else title)
    when = (now or dt.datetime.now(dt.UTC)).astimezone(config.tz).replace(microsecond=0)
    path = config.content_dir / "articles" / f"{when:%Y-%m-%d}-{slug}.md"
    shown = display_path(path, config.root)
    url = permalink(config, when, slug)
    names, _, _ = refresh(config, cache := ParseCache(), jobs=cores())  # (front matter only, on every core)
    owner = next((name for name in names if (article := cache.get(name)) and article.url == url), None)
    if owner is not None and owner != path.name:  # (a file of that name is told apart below)
        taken = display_path(config.content_dir / "articles" / owner, config.root)
        print(f"new: the URL /{url} is {taken}'s; pick another name with --slug", file=sys.stderr)
        return 1
    path.parent.mkdir(parents=True, exist_ok=True)
    if not _create(path, front_matter(title, when, slug, draft)):
        print(f"new: {shown} already exists; edit it, or pick another name with --slug", file=sys.stderr)
        return 1
    print(f"created {shown}")
    return 0


def _create(path: Path, text: str) -> bool:
    """Write `path` whole, or leave no file (the text is encoded before the file is made; a write
    that fails removes it), never over another: False when the name is taken."""
    data = text.encode("utf-8")
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return True
