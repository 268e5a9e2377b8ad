"""The site plan: every output file with the template and the inputs it is rendered from.

A page is a pure function of its context. `fingerprint()` hashes a context completely (it
refuses values it does not know how to hash), so an incremental rebuild only has to
compare fingerprints: a page is re-rendered exactly when one of its inputs changed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from .config import Config
from .content import Article
from .datafiles import TAG_KINDS
from .library import Library, related_articles
from .taxonomy import Entry, Tag, Taxonomy, paginate, timeline

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)

TAG_KIND_LABELS = {
    "company": "기업",
    "organization": "기관·단체",
    "person": "인물",
    "product": "제품·모델",
    "topic": "주제",
    "event": "행사",
}


@dataclass(frozen=True)
class Page:
    path: str  # output file, relative to the output folder, e.g. 'tags/deepseek/index.html'
    template: str
    context: dict[str, Any]


def _fp(value: Any, out: list[str]) -> None:
    if isinstance(value, Article):
        out.append("A" + value.fingerprint)
    elif value is None or isinstance(value, (str, int, float, bool)):
        out.append(repr(value))
    elif isinstance(value, (dt.date, dt.datetime)):
        out.append(value.isoformat())
    elif isinstance(value, (list, tuple)):
        out.append("[")
        for item in value:
            _fp(item, out)
        out.append("]")
    elif isinstance(value, dict):
        out.append("{")
        for key in sorted(value, key=str):
            out.append(repr(key))
            _fp(value[key], out)
        out.append("}")
    elif dataclasses.is_dataclass(value):
        out.append(type(value).__name__ + "(")
        for f in dataclasses.fields(value):
            _fp(getattr(value, f.name), out)
        out.append(")")
    else:
        raise TypeError(f"cannot fingerprint {type(value).__name__}: page contexts must hold plain data")


def fingerprint(value: Any) -> str:
    out: list[str] = []
    _fp(value, out)
    return hashlib.sha1("\x1f".join(out).encode()).hexdigest()


def group_by_day(entries: list[Entry]) -> list[tuple[tuple[int, int], list[tuple[dt.date, list[Entry]]]]]:
    """[((year, month), [(day, [entries])])], keeping the entries' order."""
    months: list[tuple[tuple[int, int], list[tuple[dt.date, list[Entry]]]]] = []
    for entry in entries:
        month, day = (entry.when.year, entry.when.month), entry.when.date()
        if not months or months[-1][0] != month:
            months.append((month, []))
        days = months[-1][1]
        if not days or days[-1][0] != day:
            days.append((day, []))
        days[-1][1].append(entry)
    return months


def _chips(taxonomy: Taxonomy, articles: list[Article]) -> dict[str, Any]:
    """Only the tags these articles show, so a page does not depend on every tag."""
    return {name: taxonomy.tags[name] for a in articles for name in a.tags if name in taxonomy.tags}


def _timeline_pages(
    entries: list[Entry], base: str, template: str, taxonomy: Taxonomy, config: Config, **extra: Any
) -> list[Page]:
    pages = []
    for pager, chunk in paginate(entries, config.page_size, base):
        articles = [e.article for e in chunk if e.article]
        context = {"pager": pager, "groups": group_by_day(chunk), "tags": _chips(taxonomy, articles), **extra}
        pages.append(Page(pager.url_of(pager.number) + "index.html", template, context))
    return pages


def feed(path: str, articles: tuple[Article, ...], tag: Tag | None) -> Page:
    updated = max((a.updated or a.date for a in articles), default=EPOCH)
    return Page(path, "atom.xml", {"articles": articles, "tag": tag, "updated": updated})


def plan(config: Config, library: Library, taxonomy: Taxonomy) -> list[Page]:
    tz = config.tz
    pages = _timeline_pages(timeline(library.articles, taxonomy.milestones, tz), "", "index.html", taxonomy, config)

    related = related_articles(library, config.related_count)
    for i, article in enumerate(library.articles):
        older, newer = library.neighbours(i)
        shown = [article, *related[article.url]]
        context = {
            "article": article,
            "older": older,
            "newer": newer,
            "related": related[article.url],
            "tags": _chips(taxonomy, shown),
        }
        pages.append(Page(article.url + "index.html", "article.html", context))

    counts = {name: len(items) for name, items in taxonomy.tag_articles.items()}
    for name, tag in taxonomy.tags.items():
        articles = taxonomy.tag_articles.get(name, ())
        if not articles:
            continue
        milestones = tuple(m for m in taxonomy.milestones if name in m.tags)
        pages += _timeline_pages(
            timeline(articles, milestones, tz), tag.url, "tag.html", taxonomy, config, tag=tag, count=len(articles)
        )
        pages.append(feed(tag.url + "atom.xml", articles, tag))

    kinds = defaultdict(list)
    for name, tag in taxonomy.tags.items():
        if counts.get(name):
            kinds[tag.kind].append((tag, counts[name]))
    groups = [(kind, TAG_KIND_LABELS[kind], kinds[kind]) for kind in TAG_KINDS if kinds[kind]]
    pages.append(Page("tags/index.html", "tags.html", {"groups": groups}))

    years: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for (year, month), articles in taxonomy.months.items():
        years[year].append((month, len(articles)))
        pages.append(
            Page(
                f"archive/{year:04d}/{month:02d}/index.html",
                "archive_month.html",
                {
                    "year": year,
                    "month": month,
                    "groups": group_by_day([Entry(a.date, article=a) for a in articles]),
                    "tags": _chips(taxonomy, list(articles)),
                },
            )
        )
    for year, months in years.items():
        pages.append(Page(f"archive/{year:04d}/index.html", "archive_year.html", {"year": year, "months": months}))
    pages.append(Page("archive/index.html", "archive.html", {"years": sorted(years.items(), reverse=True)}))

    pages.append(feed("atom.xml", library.articles, None))
    lastmod = {a.url + "index.html": a.updated or a.date for a in library.articles}
    sitemap = [(p.path.removesuffix("index.html"), lastmod.get(p.path)) for p in pages if p.path.endswith(".html")]
    pages.append(Page("sitemap.xml", "sitemap.xml", {"urls": sorted(sitemap, key=lambda u: u[0])}))
    pages.append(Page("robots.txt", "robots.txt", {}))
    pages.append(Page("404.html", "404.html", {}))
    pages.append(Page("search/index.html", "search.html", {}))
    return pages
