"""All articles together: drafts, URL collisions, order, neighbours, related articles.

Pages are planned from `Ref`s, which carry only what decides the site's structure (which
pages exist and which articles each lists). A page names its articles by Ref and gets the
full Article at render time; this is what lets a rebuild reuse the plan when only article
text changed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter

from .config import Config
from .content import Article, key_line
from .errors import Problem
from .session import Cache
from .urls import spelled


@dataclass(frozen=True)
class Ref:
    source: str
    url: str
    date: dt.datetime
    tags: tuple[str, ...]
    # With drafts included, a draft flipping to published changes no URL, date or tag, yet
    # the review page must lose it: so the flag is part of the structure.
    draft: bool = False
    body: bool = False  # True where the page shows the article's body, not only its metadata


class Mention(tuple[str, bool]):
    """A Ref as a packed plan keeps it (state.pack): (source, body). Rendering reads of a Ref only
    the article it names and whether the page shows its body, so its URL, date and tags stay
    out of the pickles every rendering worker unpacks (a third of their bytes, half their time)."""

    __slots__ = ()

    @property
    def source(self) -> str:
        return self[0]

    @property
    def body(self) -> bool:
        return self[1]


@dataclass(frozen=True)
class Library:
    articles: tuple[Article, ...]  # newest first
    refs: tuple[Ref, ...]  # the same order

    def by_source(self) -> dict[str, Article]:
        return {a.source: a for a in self.articles}

    structure: str  # changes exactly when a Ref changes: when the plan must be made again


def _ref(article: Article, known: Cache[str, tuple[Ref, str]]) -> tuple[Ref, str]:
    """The article's Ref and the Ref as text. A preview server rebuilding 10,000 articles on
    every save makes the text once per Ref (`known`, its session's) instead of once per build.
    The Ref is compared whole: settings change a URL or a date (a day alone is midnight in the
    site's zone) without changing the file."""
    seen = known.get(article.source)
    if seen:
        last = seen[0]
        # (Datetimes are equal at one instant in two zones, which the text tells apart.)
        same = last.url == article.url and last.date == article.date and last.tags == article.tags
        if same and last.draft == article.draft and last.date.utcoffset() == article.date.utcoffset():
            return seen
    ref = Ref(article.source, article.url, article.date, article.tags, article.draft)
    text = f"{ref.source}\0{ref.url}\0{ref.date.isoformat()}\0{ref.tags}\0{ref.draft}"
    known.put(article.source, (ref, text))
    return ref, text


def newest_first(articles: Iterable[Article]) -> list[Article]:
    """Newest first; ties broken by source path, so the order never depends on the file system.
    Two stable sorts on attributes cost half of one on a computed key, and every build sorts
    every article (a reverse sort keeps equal items in their order)."""
    return sorted(sorted(articles, key=attrgetter("source")), key=attrgetter("date"), reverse=True)


def build_library(
    articles: list[Article], config: Config, known: Cache[str, tuple[Ref, str]] | None = None
) -> tuple[Library, list[Problem]]:
    kept = newest_first(a for a in articles if config.drafts or not a.draft)
    claims: dict[str, list[Article]] = defaultdict(list)
    for article in kept:
        claims[article.url].append(article)
    problems = []
    for url, owners in claims.items():
        if len(owners) > 1:
            names = ", ".join(spelled(source) for source in sorted(a.source for a in owners))
            for article in owners:
                problems.append(
                    Problem(article.source, None, f"URL /{url} is claimed by more than one article: {names}")
                )
    problems += twins(kept)
    made = [_ref(a, known if known is not None else Cache(len(kept))) for a in kept]
    structure = hashlib.sha1("\n".join(text for _, text in made).encode()).hexdigest()
    return Library(tuple(kept), tuple(ref for ref, _ in made), structure), problems


def twins(articles: list[Article]) -> list[Problem]:
    """Articles whose slugs differ as written but are equal once normalised ('DeepSeek' and
    'deepseek', or one with a zero-width space): one would pass for the other."""
    first: dict[str, Article] = {}
    by_slug: dict[str, list[Article]] = {}  # only slugs shared by two or more: rare, and checked on every build
    for article in articles:
        seen = first.setdefault(article.slug, article)
        if seen is not article:
            by_slug.setdefault(article.slug, [seen]).append(article)
    problems = []
    for slug, owners in by_slug.items():  # in the order the slugs were first shared
        if len({a.written_slug or a.slug for a in owners}) < 2:
            continue
        owners.sort(key=lambda a: a.source)
        names = ", ".join(f"{spelled(a.source)} ('{spelled(a.written_slug or a.slug)}')" for a in owners)
        for article in owners:
            problems.append(
                Problem(
                    article.source,
                    None,
                    f"slug '{slug}' is written differently by more than one article: {names};"
                    " once normalised (NFC, lower case, no invisible characters) they are the same",
                )
            )
    return problems


AHEAD = dt.timedelta(days=1)  # an embargoed story dated a few hours ahead is no mistake


Dated = list[tuple[dt.datetime, Problem]]  # warnings that hold until a moment passes


def dated_ahead(refs: tuple[Ref, ...], config: Config, now: dt.datetime | None = None) -> Dated:
    """Warnings for published articles dated more than a day after `now` (this moment): a mistyped
    year ('2052' for '2025') would head the timeline and every feed until then, and nothing else would
    say so. Each with the article's date: kept by a plan, it is said only while it holds (still_ahead)."""
    now = now or dt.datetime.now(dt.UTC)
    ahead = []
    for ref in refs:  # newest first
        if ref.date <= now + AHEAD:
            break
        if not ref.draft:
            when = f"{ref.date:%Y-%m-%d %H:%M}"
            problem = Problem(
                ref.source,
                key_line(config.root / ref.source, "date"),
                f"dated {when}, in the future: it heads the timeline and the feeds until then; check its year",
            )
            ahead.append((ref.date, problem))
    return ahead


def still_ahead(dated: Dated, now: dt.datetime | None = None) -> list[Problem]:
    """The warnings of `dated` (dated_ahead's, made at some earlier moment) that hold now: a build that
    reuses them says what a clean build would."""
    now = now or dt.datetime.now(dt.UTC)
    return [problem for date, problem in dated if date > now + AHEAD]


def published_ranks(refs: tuple[Ref, ...]) -> list[int]:
    """Each article's place among the published ones, newest first (0: the newest). The lines
    drawn by rank (`full_text`, `share_images`) then fall where the published site has them, and a
    draft shown in the preview pushes no published article across one."""
    ranks, published = [], 0
    for ref in refs:
        ranks.append(published)
        published += not ref.draft
    return ranks


def neighbours(refs: tuple[Ref, ...], index: int) -> tuple[Ref | None, Ref | None]:
    """(older, newer) article in time."""
    older = refs[index + 1] if index + 1 < len(refs) else None
    newer = refs[index - 1] if index > 0 else None
    return older, newer


def related_articles(refs: tuple[Ref, ...], count: int, window: int = 8) -> list[tuple[Ref, ...]]:
    """For each article, the articles sharing most tags with it (ties: closest in time).

    Candidates are the `window` nearest articles in time on each of its tags, which keeps
    this linear in the number of articles instead of quadratic."""
    by_tag: dict[str, list[int]] = defaultdict(list)
    position: list[list[int]] = []
    for i, ref in enumerate(refs):
        position.append([len(by_tag[tag]) for tag in ref.tags])
        for tag in ref.tags:
            by_tag[tag].append(i)
    related = []
    for i, ref in enumerate(refs):
        candidates: list[int] = []
        for tag, at in zip(ref.tags, position[i], strict=True):
            candidates += by_tag[tag][max(0, at - window) : at + window + 1]
        shared = Counter(candidates)
        del shared[i]
        best = heapq.nsmallest(count, [(-n, abs(j - i), j) for j, n in shared.items()])
        related.append(tuple(refs[j] for _, _, j in best))
    return related
