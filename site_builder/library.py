"""All articles together: drafts, permalinks, URL collisions, order, neighbours, related."""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from dataclasses import dataclass

from .config import Config
from .content import Article
from .errors import Problem


@dataclass(frozen=True)
class Library:
    articles: tuple[Article, ...]  # newest first

    def neighbours(self, index: int) -> tuple[Article | None, Article | None]:
        """(previous = older, next = newer) article in time."""
        older = self.articles[index + 1] if index + 1 < len(self.articles) else None
        newer = self.articles[index - 1] if index > 0 else None
        return older, newer


def permalink(article: Article, config: Config) -> str:
    when = article.date
    path = config.permalink.format(
        year=f"{when.year:04d}", month=f"{when.month:02d}", day=f"{when.day:02d}", slug=article.slug
    )
    return path.lstrip("/")


def sort_key(article: Article) -> tuple:
    # Newest first; ties broken by source path so the order never depends on the file system.
    return (-article.date.timestamp(), article.source)


def build_library(articles: list[Article], config: Config) -> tuple[Library, list[Problem]]:
    kept = [a for a in articles if config.drafts or not a.draft]
    with_urls = [dataclasses.replace(a, url=permalink(a, config)) for a in kept]
    claims: dict[str, list[Article]] = defaultdict(list)
    for article in with_urls:
        claims[article.url].append(article)
    problems = []
    for url, owners in claims.items():
        if len(owners) > 1:
            names = ", ".join(a.source for a in owners)
            for article in owners:
                problems.append(
                    Problem(article.source, None, f"URL /{url} is claimed by more than one article: {names}")
                )
    return Library(tuple(sorted(with_urls, key=sort_key))), problems


def related_articles(library: Library, count: int, window: int = 12) -> dict[str, tuple[Article, ...]]:
    """For each article URL, the articles sharing most tags with it (ties: closest in time).

    Candidates are the `window` nearest articles in time on each of its tags, which keeps
    this linear in the number of articles instead of quadratic."""
    by_tag: dict[str, list[int]] = defaultdict(list)
    position: dict[tuple[str, int], int] = {}
    for i, article in enumerate(library.articles):
        for tag in article.tags:
            position[(tag, i)] = len(by_tag[tag])
            by_tag[tag].append(i)
    related = {}
    for i, article in enumerate(library.articles):
        shared: Counter[int] = Counter()
        for tag in article.tags:
            members, at = by_tag[tag], position[(tag, i)]
            for j in members[max(0, at - window) : at + window + 1]:
                if j != i:
                    shared[j] += 1
        best = sorted(shared, key=lambda j: (-shared[j], abs(j - i), j))[:count]
        related[article.url] = tuple(library.articles[j] for j in best)
    return related
