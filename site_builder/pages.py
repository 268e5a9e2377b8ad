"""The site plan: every output file with the template and the inputs it is rendered from.

A page is a pure function of its context. `fingerprint()` hashes a context completely (it
refuses values it does not know how to hash) and lists the articles the context names, so
a rebuild re-renders a page exactly when its context or one of those articles changed.
The plan sees articles only as `Ref`s (url, date, tags, draft), so it can be reused as long
as no Ref changed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import heapq
import html
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from . import share
from .config import Config
from .content import Article
from .datafiles import TAG_KINDS, Milestone
from .errors import Problem, SiteError
from .library import Library, Mention, Ref, neighbours, published_ranks, related_articles
from .taxonomy import Entry, StoryLink, Tag, Taxonomy, paginate, story_link, story_url, timeline

TAG_KIND_LABELS = {
    "company": "기업",
    "organization": "기관·단체",
    "region": "지역·지자체",
    "person": "인물",
    "product": "제품·모델",
    "topic": "주제",
    "event": "행사",
}
UNDEFINED_KIND = ("undefined", "미분류")  # tags used by articles but missing from tags.yaml


@dataclass(frozen=True)
class Page:
    path: str  # output file, relative to the output folder, e.g. 'tags/deepseek/index.html'
    template: str
    context: dict[str, Any]


_SCALARS = {str, int, float, bool, type(None)}


# Keyed by the package's own dataclasses: a handful, whatever the site.
@functools.lru_cache(maxsize=64)
def _field_names(kind: type) -> tuple[str, ...] | None:
    return tuple(f.name for f in dataclasses.fields(kind)) if dataclasses.is_dataclass(kind) else None


def _fp(value: Any, out: list[str], refs: dict[tuple[str, bool], None], memo: dict[int, Any]) -> None:
    kind = type(value)
    if kind is Ref:
        # Only the name goes in: the article's own digest is added per build (see site.py).
        out.append(value.source)
        # One (name, shows body) per Ref, however many pages name it: 100,000 articles' pages
        # name them 2 million times.
        named = memo.get(id(value))
        if named is None:
            named = memo[id(value)] = (value.source, value.body)
        refs[named] = None
    elif kind in _SCALARS:
        out.append(repr(value))
    elif kind is tuple or kind is list:
        out.append("[")
        for item in value:
            _fp(item, out, refs, memo)
        out.append("]")
    elif kind is dict:
        # One dict may recur on every page (the milestones' titles, `events`): hashed once from
        # its second sighting on. A dict seen once is marked "" rather than its text kept.
        known = memo.get(id(value))
        if known:
            out.append(known)
            return
        inner = ["{"]
        inner_refs: dict[tuple[str, bool], None] = {}
        for key in value:  # in order: a template may iterate a dict (the chips of a story page)
            inner.append(repr(key))
            _fp(value[key], inner, inner_refs, memo)
        inner.append("}")
        text = "\x1f".join(inner)
        if inner_refs:
            refs.update(inner_refs)
        else:
            memo[id(value)] = "" if known is None else text
        out.append(text)
    elif kind is dt.datetime or kind is dt.date:
        out.append(value.isoformat())
    elif (names := _field_names(kind)) is not None:
        known = memo.get(id(value))
        if known:
            out.append(known)
            return
        inner = [kind.__name__]
        inner_refs = {}
        for name in names:
            _fp(getattr(value, name), inner, inner_refs, memo)
        text = "\x1e".join(inner)
        if inner_refs:
            refs.update(inner_refs)
        else:  # shared objects such as tags recur on thousands of pages: hash them once
            memo[id(value)] = text
        out.append(text)
    else:
        raise TypeError(f"cannot fingerprint {kind.__name__}: page contexts must hold plain data")


def fingerprint(value: Any, memo: dict[int, Any] | None = None) -> tuple[str, tuple[tuple[str, bool], ...]]:
    """(hash of the value with articles by name, the articles it names: (source, shows body)).

    `memo` may be shared by calls while every value fingerprinted stays alive (ids are reused
    after an object is freed)."""
    out: list[str] = []
    refs: dict[tuple[str, bool], None] = {}
    _fp(value, out, refs, {} if memo is None else memo)
    return hashlib.sha1("\x1f".join(out).encode()).hexdigest(), tuple(refs)


Getter = Callable[[str, bool], Article]  # (article source, shows body) -> the article


def resolve(value: Any, get: Getter) -> Any:
    """The context with every Ref (or Mention, in a packed plan) replaced by its Article, for rendering."""
    kind = type(value)
    if kind is Ref or kind is Mention:
        return get(value.source, value.body)
    if kind is tuple or kind is list:
        return kind(resolve(item, get) for item in value)
    if kind is dict:
        return {key: resolve(item, get) for key, item in value.items()}
    if kind is Entry and value.article is not None:
        return Entry(value.when, article=get(value.article.source, value.article.body), story=resolve(value.story, get))
    if kind is StoryLink:
        return dataclasses.replace(value, others=resolve(value.others, get), folded=resolve(value.folded, get))
    return value


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


def _chips(taxonomy: Taxonomy, articles: list[Ref], milestones: tuple[Milestone, ...] = ()) -> dict[str, Any]:
    """Only the tags these articles and milestones show, so a page does not depend on every tag."""
    names = [name for a in articles for name in a.tags] + [name for m in milestones for name in m.tags]
    return {name: taxonomy.tags[name] for name in names if name in taxonomy.tags}


def _with_stories(articles: Iterable[Ref], stories: dict[str, StoryLink]) -> list[Ref]:
    """`articles` and the other articles of their stories a page shows beside them (`others`,
    `folded`): a page's `tags` holds the tags of every article it may show."""
    listed = list(articles)
    return listed + [o for a in listed if (s := stories.get(a.source)) for o in (*s.others, *s.folded)]


def _milestones_for(
    milestones: tuple[Milestone, ...], chunk: list[Ref], newer_page_oldest: dt.date | None
) -> tuple[Milestone, ...]:
    """The milestones a timeline page shows: those from its oldest article's day up to its
    newest's, or on a later page up to the day before the previous page's oldest article, so
    every milestone within the articles' span shows once and none outside it pushes them down."""
    if not chunk:
        return ()
    first = chunk[-1].date.date()
    if newer_page_oldest is None:
        return tuple(m for m in milestones if first <= m.date <= chunk[0].date.date())
    return tuple(m for m in milestones if first <= m.date < newer_page_oldest)


def _timeline_pages(
    articles: tuple[Ref, ...],
    milestones: tuple[Milestone, ...],
    base: str,
    template: str,
    taxonomy: Taxonomy,
    config: Config,
    size: int,
    most: int | None = None,
    fold: bool = False,
    **extra: Any,
) -> list[Page]:
    """Pages of `size` entries from `base` on; with `most`, only that many pages, the newest
    (the page context's `more` says entries were left out); `fold` as in Taxonomy.collapse."""
    pages = []
    newer_page_oldest = None
    entries, stories = taxonomy.collapse(articles, fold)
    kept = entries if most is None else entries[: size * most]
    for pager, chunk in paginate(list(kept), size, base):
        shown = _milestones_for(milestones, chunk, newer_page_oldest)
        newer_page_oldest = chunk[-1].date.date() if chunk else None
        context = {
            "pager": pager,
            "groups": group_by_day(timeline(tuple(chunk), shown, config.tz, stories)),
            "tags": _chips(taxonomy, _with_stories(chunk, stories), shown)
            | {n: taxonomy.tags[n] for n in extra.get("cotags", ())},
            "more": len(kept) < len(entries),
            **extra,
        }
        pages.append(Page(pager.url_of(pager.number) + "index.html", template, context))
    return pages


def feed(path: str, articles: tuple[Ref, ...], tag: Tag | None, taxonomy: Taxonomy, config: Config) -> Page:
    """One entry per story, as on the timeline; `stories` gives an entry's story by source."""
    newest, reported, stories = feed_entries(articles, taxonomy, config.feed_size)
    context = {
        "articles": newest,
        "stories": stories,
        "reported": reported,
        "tag": tag,
        "tags": _chips(taxonomy, _with_stories(newest, stories)),
    }
    return Page(path, "atom.xml", context)


def feed_entries(
    articles: tuple[Ref, ...], taxonomy: Taxonomy, size: int
) -> tuple[tuple[Ref, ...], dict[str, dt.datetime], dict[str, StoryLink]]:
    """The `size` entries a feed of `articles` lists, one per story as on the timeline; the date
    of the last report of each that stands for a story, and that story (by source). A story's entry stands
    for all its reports: a new one brings the entry up, its date the entry's <updated>, or a
    feed reader would never hear of it (the entry is headed by the story's first report, which
    may be days older than the newest entries)."""
    entries, links = taxonomy.collapse(articles)
    last: dict[str, dt.datetime] = {}
    for ref in articles:
        story = taxonomy.story_of.get(ref.source)
        if story is not None and (story not in last or ref.date > last[story]):
            last[story] = ref.date

    def last_report(ref: Ref) -> dt.datetime:
        story = taxonomy.story_of.get(ref.source)
        return ref.date if story is None else last[story]

    newest = tuple(heapq.nlargest(size, entries, key=last_report))  # ties in the timeline's order
    stories = {a.source: links[a.source] for a in newest if a.source in links}
    return newest, {source: last[link.id] for source, link in stories.items()}, stories


def story_pages(taxonomy: Taxonomy) -> list[Page]:
    """A page per story listing its coverage, oldest first: each outlet's headline and lede."""
    return [
        Page(
            story_url(story_id) + "index.html",
            "story.html",
            {"story_url": story_url(story_id), "articles": members, "tags": _chips(taxonomy, list(members))},
        )
        for story_id, members in taxonomy.stories.items()
    ]


COTAGS = 10  # the tags a tag's pages offer to narrow by


def _cotags(name: str, articles: tuple[Ref, ...], taxonomy: Taxonomy) -> tuple[str, ...]:
    """The tags most often found with tag `name`, most first: a tag page offers them as filters
    once, rather than a row of chips on every card."""
    counts = Counter(other for a in articles for other in a.tags if other != name and other in taxonomy.tags)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], taxonomy.tags[item[0]].label))
    return tuple(other for other, _ in ranked[:COTAGS])


def _by_count(items: list[tuple[Tag, int]]) -> list[tuple[Tag, int]]:
    return sorted(items, key=lambda item: (-item[1], item[0].label))


def plan(config: Config, library: Library, taxonomy: Taxonomy, fonts: share.Fonts | None = None) -> list[Page]:
    """Every page of the site; `fonts`: the share images' fonts (None: no share images)."""
    refs = library.refs
    # Milestone titles by slug: ingest names the event it dated an article by, and the page says which.
    events = {m.slug: m.title for m in taxonomy.milestones}
    home = (config.page_size, config.home_pages)
    pages = _timeline_pages(refs, taxonomy.milestones, "", "index.html", taxonomy, config, *home, events=events)

    related = related_articles(refs, config.related_count)
    ranks = published_ranks(refs)
    for i, article in enumerate(refs):
        older, newer = neighbours(refs, i)
        story_id = taxonomy.story_of.get(article.source)
        story = story_link(story_id, taxonomy.stories[story_id], article) if story_id else None
        context = {
            "article": dataclasses.replace(article, body=True),
            "story": story,
            "older": older,
            "newer": newer,
            "related": related[i],
            "tags": _chips(taxonomy, [article, *related[i], *(story.others if story else ())]),
            "events": events,
            "share": article.url + share.FILE if fonts and ranks[i] < config.share_images else "",
            "excerpt": config.excerpt(ranks[i]),
        }
        pages.append(Page(article.url + "index.html", "article.html", context))
        if fonts and ranks[i] < config.share_images:
            image = {"article": article, "fonts": fonts, "title": config.title}
            pages.append(Page(article.url + share.FILE, share.TEMPLATE, image))

    counts = {name: len(items) for name, items in taxonomy.tag_articles.items()}
    for name, tag in taxonomy.tags.items():
        articles = taxonomy.tag_articles.get(name, ())
        if not articles:
            continue
        milestones = tuple(m for m in taxonomy.milestones if name in m.tags)
        pages += _timeline_pages(
            articles,
            milestones,
            tag.url,
            "tag.html",
            taxonomy,
            config,
            config.tag_page_size,
            fold=True,
            tag=tag,
            count=len(articles),
            events=events,
            cotags=_cotags(name, articles, taxonomy),
        )
        pages.append(feed(tag.url + "atom.xml", articles, tag, taxonomy, config))

    kinds = defaultdict(list)
    for name, tag in taxonomy.tags.items():
        if counts.get(name):
            kinds[tag.kind if tag.defined else UNDEFINED_KIND[0]].append((tag, counts[name]))
    labels = [(kind, TAG_KIND_LABELS[kind]) for kind in TAG_KINDS] + [UNDEFINED_KIND]
    groups = [(kind, label, _by_count(kinds[kind])) for kind, label in labels if kinds[kind]]
    pages.append(Page("tags/index.html", "tags.html", {"groups": groups}))

    years: dict[int, list[tuple[int, int]]] = defaultdict(list)
    months = list(taxonomy.months)  # newest first
    for i, ((year, month), articles) in enumerate(taxonomy.months.items()):
        years[year].append((month, len(articles)))
        milestones = tuple(m for m in taxonomy.milestones if (m.date.year, m.date.month) == (year, month))
        entries, stories = taxonomy.collapse(articles, fold=True)
        context = {
            "year": year,
            "month": month,
            "groups": group_by_day(timeline(entries, milestones, config.tz, stories)),
            "tags": _chips(taxonomy, _with_stories(entries, stories), milestones),
            "events": events,
            "newer": months[i - 1] if i > 0 else None,
            "older": months[i + 1] if i + 1 < len(months) else None,
        }
        pages.append(Page(f"archive/{year:04d}/{month:02d}/index.html", "archive_month.html", context))
    for year, months in years.items():
        pages.append(Page(f"archive/{year:04d}/index.html", "archive_year.html", {"year": year, "months": months}))
    pages.append(Page("archive/index.html", "archive.html", {"years": sorted(years.items(), reverse=True)}))

    pages.append(feed("atom.xml", refs, None, taxonomy, config))
    pages += story_pages(taxonomy)
    pages.append(Page("404.html", "404.html", {}))
    pages.append(Page("search/index.html", "search.html", {}))
    by_page = {a.url + "index.html": a for a in refs}
    listed = [(p.path.removesuffix("index.html"), by_page.get(p.path)) for p in pages if p.path.endswith(".html")]
    pages += sitemap_pages(sorted((u for u in listed if u[0] != "404.html"), key=lambda u: u[0]), config)
    pages.append(Page("robots.txt", "robots.txt", {}))
    if config.drafts:
        pages.append(review_page(refs))
    clashes = url_clashes(pages)
    if clashes:
        raise SiteError(clashes)
    return pages


SITEMAP_BYTES = 50 * 1024 * 1024  # the protocol's limit on one file, uncompressed
SITEMAP_ENTRY = 200  # bytes around one <loc> (tags, lastmod, the file's head), with room to spare


def sitemap_pages(urls: list[tuple[str, Ref | None]], config: Config) -> list[Page]:
    """sitemap.xml: the site's URLs (path, article) while they fit in one file; beyond
    `sitemap_size` URLs or 50 MB, a sitemap index over sitemaps/sitemap-N.xml, each within both."""
    chunks: list[list[tuple[str, Ref | None]]] = [[]]
    size = SITEMAP_ENTRY
    for url in urls:
        # A slug may be long and full of escaped characters: its length is counted, not guessed.
        entry = len(html.escape(config.absolute_url(url[0])).encode()) + SITEMAP_ENTRY
        if len(chunks[-1]) >= config.sitemap_size or size + entry > SITEMAP_BYTES:
            chunks.append([])
            size = SITEMAP_ENTRY
        chunks[-1].append(url)
        size += entry
    if len(chunks) == 1:
        return [Page("sitemap.xml", "sitemap.xml", {"urls": chunks[0]})]
    files = [f"sitemaps/sitemap-{n}.xml" for n in range(1, len(chunks) + 1)]
    parts = [Page(path, "sitemap.xml", {"urls": chunk}) for path, chunk in zip(files, chunks, strict=True)]
    return [Page("sitemap.xml", "sitemap_index.xml", {"sitemaps": files}), *parts]


# Written beside the planned pages (see site.py): no article may take their place either. Nor
# the review page's, made only with drafts: the preview would refuse a site the build took.
OTHER_OUTPUTS = (".nojekyll", "CNAME", "search/index.json")
REVIEW_PAGE = "review/index.html"
# Every template a page may be made with, whatever pages the site has today: a theme holds them all,
# so that a story two new articles form, a draft previewed or a sitemap grown past its size later
# finds its template too.
TEMPLATES = (
    "index.html",
    "article.html",
    "story.html",
    "tag.html",
    "tags.html",
    "archive.html",
    "archive_year.html",
    "archive_month.html",
    "atom.xml",
    "search.html",
    "404.html",
    "sitemap.xml",
    "sitemap_index.xml",
    "robots.txt",
    "review.html",
)


def url_clashes(pages: list[Page]) -> list[Problem]:
    """Articles whose page would overwrite a site page (slug 'tags' under /{slug}/), or whose
    folder is a site file (slug 'atom.xml'): either would silently break the site."""
    site_files = {page.path for page in pages if page.template != "article.html"} | {*OTHER_OUTPUTS, REVIEW_PAGE}
    problems = []
    for page in pages:
        if page.template != "article.html":
            continue
        parts = page.path.split("/")
        hit = next((p for p in ("/".join(parts[: i + 1]) for i in range(len(parts))) if p in site_files), None)
        if hit:
            article = page.context["article"]
            problems.append(
                Problem(
                    article.source,
                    None,
                    f"URL /{article.url} collides with the site's own page {hit}; change the slug (or the permalink)",
                )
            )
    return problems


def review_page(refs: tuple[Ref, ...]) -> Page:
    """The editors' list of drafts and what is open in each. Made only when drafts are built
    (the preview), and added after the sitemap: it is a working page, not part of the site."""
    return Page(REVIEW_PAGE, "review.html", {"drafts": tuple(r for r in refs if r.draft)})
