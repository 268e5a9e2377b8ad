"""The caches one process keeps between builds, each with a bound.

The preview server keeps one Session for its whole life, so each rebuild reuses what the last
one made (an article's Ref, a body's HTML, the compiled templates); the command line makes one
per run. Nothing else in the package keeps state between builds: a stage gets the cache it
uses as an argument (tests/test_layers.py checks that no module keeps one of its own).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

WORKER_CACHE = 64  # entries a forked worker's body and HTML caches grow to: the pages near each other

K = TypeVar("K")
V = TypeVar("V")


class Cache(Generic[K, V]):
    """A mapping that forgets its least recently used entries beyond `limit`."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._items: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        value = self._items.get(key)
        if value is not None:
            self._items.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> V:
        self._items[key] = value
        self._items.move_to_end(key)
        if len(self._items) > self.limit:
            self._items.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._items)


@dataclass
class Session:
    # library: article source -> (Ref, Ref as text); one per article of a large site
    refs: Cache[str, tuple[Any, str]] = field(default_factory=lambda: Cache(200_000))
    # markdown: hash of a body and its settings -> HTML; a body is ~7 KB of HTML, so ~70 MB at most
    html: Cache[str, str] = field(default_factory=lambda: Cache(10_000))
    # articles' bodies, read again from their files (site.collect_outputs): "source\0file digest" -> body
    bodies: Cache[str, str] = field(default_factory=lambda: Cache(2_000))
    # templates: build key -> Jinja environment with its compiled templates
    environments: Cache[str, Any] = field(default_factory=lambda: Cache(2))

    def in_worker(self) -> None:
        """Called first in a forked worker, which renders its pages once and ends: what it reads
        is seldom asked again, and each worker's caches filling up to their bounds held a large
        site's build at gigabytes. (What it inherited stays: freeing it would copy its pages.)"""
        self.html.limit = self.bodies.limit = WORKER_CACHE
