"""The static search index the theme's search box queries as the reader types."""

from __future__ import annotations

import json
import re

from .content import Article
from .taxonomy import Tag

BODY_CHARS = 600  # enough for a snippet and most names; keeps the index small


def plain_text(markdown_source: str) -> str:
    text = re.sub(r"[#>*_`\[\]()!|-]+", " ", markdown_source)
    return re.sub(r"\s+", " ", text).strip()


def build_index(articles: tuple[Article, ...], tags: dict[str, Tag]) -> str:
    docs = []
    for article in articles:
        labels = [tags[name].label for name in article.tags if name in tags]
        docs.append(
            {
                "u": article.url,
                "t": article.title,
                "d": article.date.date().isoformat(),
                "s": article.summary,
                "g": list(article.tags) + labels,
                "b": plain_text(article.body)[:BODY_CHARS],
            }
        )
    return json.dumps({"version": 1, "docs": docs}, ensure_ascii=False, separators=(",", ":"))
