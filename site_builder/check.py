"""`build.py check`: prove a built output folder is sound, offline.

Every internal link, anchor, image, stylesheet, script and feed URL must resolve to a
written file under the base path; every page needs a title, lang, canonical URL and meta
description, and unique ids; feeds and the sitemap must parse and list every article;
every article needs a page, and every page must be reachable from the home page.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections import deque
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from .config import Config
from .content import load_articles
from .library import build_library

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
URL_ATTRS = {"a": "href", "link": "href", "img": "src", "script": "src", "source": "src", "iframe": "src"}


@dataclass
class PageFacts:
    lang: str = ""
    title: str = ""
    canonical: str = ""
    description: str = ""
    ids: list[str] = field(default_factory=list)
    urls: list[tuple[str, str]] = field(default_factory=list)  # (tag, url)
    in_title: bool = False


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.facts = PageFacts()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        f = self.facts
        if "id" in a:
            f.ids.append(a["id"])
        if tag == "html":
            f.lang = a.get("lang", "")
        elif tag == "title":
            f.in_title = True
        elif tag == "meta" and a.get("name") == "description":
            f.description = a.get("content", "")
        if tag == "link" and a.get("rel") == "canonical":
            f.canonical = a.get("href", "")
        elif tag in URL_ATTRS and a.get(URL_ATTRS[tag]):
            f.urls.append((tag, a[URL_ATTRS[tag]]))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.facts.in_title = False

    def handle_data(self, data: str) -> None:
        if self.facts.in_title:
            self.facts.title += data


def scan(html: str) -> PageFacts:
    scanner = _Scanner()
    scanner.feed(html)
    return scanner.facts


def check_site(config: Config, output: Path | None = None) -> list[str]:
    """All problems as 'page: problem' lines; empty when the site is sound."""
    out = (output or config.output_dir).resolve()
    if not (out / "index.html").is_file():
        return [f"{out}: no index.html (build the site first)"]
    base = config.absolute_url("")
    host, base_path = urlsplit(base).netloc, config.base_path
    problems: list[str] = []
    pages = {p.relative_to(out).as_posix(): p for p in sorted(out.rglob("*.html"))}
    facts = {rel: scan(path.read_text(encoding="utf-8")) for rel, path in pages.items()}

    def target(page_rel: str, url: str) -> tuple[str | None, str]:
        """(output file the URL points at, or None if external; fragment)."""
        absolute = urljoin(base + page_rel, url)
        parts = urlsplit(absolute)
        if parts.scheme not in ("http", "https") or parts.netloc != host:
            return None, ""
        path = unquote(parts.path)
        if not path.startswith(base_path):
            return "", parts.fragment  # on our host but outside the site: always broken
        rel = path[len(base_path) :]
        if rel == "" or rel.endswith("/"):
            rel += "index.html"
        return rel, parts.fragment

    links: dict[str, set[str]] = {rel: set() for rel in pages}
    for rel, f in facts.items():
        for missing, value in (
            ("title", f.title.strip()),
            ("lang", f.lang),
            ("canonical URL", f.canonical),
            ("meta description", f.description.strip()),
        ):
            if not value:
                problems.append(f"{rel}: no {missing}")
        seen = set()
        for ident in f.ids:
            if ident in seen:
                problems.append(f"{rel}: duplicate id '{ident}'")
            seen.add(ident)
        for tag, url in f.urls:
            if url.startswith(("mailto:", "tel:", "data:")):
                continue
            dest, fragment = target(rel, url)
            if dest is None:
                continue
            if not dest or not (out / dest).is_file():
                if not (dest and (out / dest / "index.html").is_file()):
                    problems.append(f"{rel}: <{tag}> {url} does not resolve to a file")
                continue
            if fragment and dest in facts and fragment not in facts[dest].ids:
                problems.append(f"{rel}: <{tag}> {url} names a missing anchor #{fragment}")
            if tag == "a" and dest in pages:
                links[rel].add(dest)
        if f.canonical and target(rel, f.canonical)[0] not in (rel, None) and rel != "404.html":
            problems.append(f"{rel}: canonical URL {f.canonical} is not this page")

    reached, queue = {"index.html"}, deque(["index.html"])
    while queue:
        for dest in links[queue.popleft()]:
            if dest not in reached:
                reached.add(dest)
                queue.append(dest)
    for rel in pages:
        if rel not in reached and rel != "404.html":
            problems.append(f"{rel}: not reachable by links from the home page")

    articles, _ = load_articles(config)
    library, _ = build_library(articles, config)
    article_urls = {config.absolute_url(a.url) for a in library.articles}
    for article in library.articles:
        if article.url + "index.html" not in pages:
            problems.append(f"{article.source}: article has no page at {article.url}")
    problems += _check_xml(out, "atom.xml", f"{ATOM}entry/{ATOM}id", article_urls)
    problems += _check_xml(out, "sitemap.xml", f"{SITEMAP}url/{SITEMAP}loc", article_urls)
    for feed in sorted(out.glob("tags/*/atom.xml")):
        problems += _check_xml(out, feed.relative_to(out).as_posix(), f"{ATOM}entry/{ATOM}id", set())
    return problems


def _check_xml(out: Path, rel: str, path: str, must_list: set[str]) -> list[str]:
    file = out / rel
    if not file.is_file():
        return [f"{rel}: missing"]
    try:
        root = ElementTree.parse(file).getroot()
    except ElementTree.ParseError as exc:
        return [f"{rel}: not well-formed XML ({exc})"]
    listed = {(e.text or "").strip() for e in root.findall(path)}
    return [f"{rel}: does not list article {url}" for url in sorted(must_list - listed)]
