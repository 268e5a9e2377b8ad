"""`build.py check`: prove a built output folder is sound, offline.

Every internal link, anchor, image, stylesheet, script and feed URL must resolve to a
written file under the base path; every page needs a title, lang, canonical URL and meta
description, and unique ids, must end with </html> (not cut short) and hold JSON-LD that parses;
feeds must parse, hold what Atom requires (ids, titles, RFC 3339 times) and list every article
once, and the sitemap (or sitemap index) every page once; every article needs a page, and every
page must be reachable from the home page; the 404 page and the search index (search/index.json,
with its shards on a large site) must be there, and the index must be whole, its results leading
to pages.

Each problem is one `page: problem` line, `page` being the path inside the output folder
(or the content file, for an article without a page). The work is one walk of the output
folder, one parse per page and set look-ups, so it grows linearly with the site.
"""

from __future__ import annotations

import json
import math
import os
import posixpath
import re
import xml.etree.ElementTree as ElementTree
from collections import Counter, deque
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from . import search, site, stories
from .config import SITEMAP_URLS, Config
from .config import load as load_config
from .content import load_articles
from .datafiles import load_all
from .errors import display_path
from .library import Ref, build_library
from .pages import SITEMAP_BYTES, feed_entries
from .taxonomy import build_taxonomy
from .urls import ascii_netloc, escaped
from .write import MARKER, recorded_base_url, recorded_drafts

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
# Attributes that hold a URL the browser (or our own scripts) will fetch or follow.
URL_ATTRS = {"src", "poster", "action", "formaction", "data-index", "data-src", "data-href", "data-url"}
HREF_TAGS = {"a", "area", "link"}
SKIP_SCHEMES = ("mailto:", "tel:", "data:", "javascript:", "blob:", "about:")
CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]*)\1\s*\)|@import\s+(['"])([^'"]+)\3""")


@dataclass
class PageFacts:
    lang: str | None = None  # None: no <html> start tag at all
    title: str = ""
    canonical: str = ""
    description: str = ""
    ids: list[str] = field(default_factory=list)
    anchors: set[str] = field(default_factory=set)  # ids and <a name>: what a #fragment may name
    refs: list[tuple[str, str, str]] = field(default_factory=list)  # (tag, attribute, url)
    ended: bool = True  # the page closes its <html>: one cut short (a broken upload) does not
    data: list[str] = field(default_factory=list)  # what is wrong with its JSON-LD blocks

    @property
    def urls(self) -> list[tuple[str, str]]:
        """(tag, url) for every URL the page references."""
        return [(tag, url) for tag, _, url in self.refs]


# A regular-expression scan instead of html.parser: the pages are our own well-formed
# output, and this is several times faster, which keeps `check` quick on large sites.
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_RAW_TEXT = re.compile(r"(<(script|style|textarea|title)\b[^>]*>).*?(</\2\s*>)", re.S | re.I)
_SVG = re.compile(r"<svg\b.*?</svg\s*>", re.S | re.I)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.S | re.I)
_JSON_LD = re.compile(
    r"""<script\b[^>]*\stype\s*=\s*["']?application/ld\+json["']?[^>]*>(.*?)</script\s*>""", re.S | re.I
)
_END = re.compile(r"</html\s*>\s*$", re.I)
_TAG = re.compile(r"""<([a-zA-Z][^\s/>]*)((?:[^>"']+|"[^"]*"|'[^']*')*)>""")
_ATTR = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")


def scan(html: str) -> PageFacts:
    f = PageFacts()
    html = _COMMENT.sub("", html)
    title = _TITLE.search(_SVG.sub("", html))  # an <svg><title> is a tooltip, not the page title
    f.title = unescape(title.group(1)) if title else ""
    f.ended = bool(_END.search(html))
    for block in _JSON_LD.findall(html):
        try:
            json.loads(block)
        except json.JSONDecodeError as exc:
            f.data.append(f"its JSON-LD is not JSON ({exc.msg} at line {exc.lineno} of the block)")
    html = _RAW_TEXT.sub(r"\1\3", html)  # script and style bodies are not markup
    for match in _TAG.finditer(html):
        tag, rest = match.group(1).lower(), match.group(2)
        if tag == "html":
            f.lang = ""
        if "=" not in rest:
            continue
        a: dict[str, str] = {}
        for m in _ATTR.finditer(rest):
            a.setdefault(m.group(1).lower(), unescape(m.group(2) or m.group(3) or m.group(4) or "").strip())
        _facts_from_tag(f, tag, a)
    return f


def _facts_from_tag(f: PageFacts, tag: str, a: dict[str, str]) -> None:
    if "id" in a:
        f.ids.append(a["id"])
        f.anchors.add(a["id"])
    if tag == "a" and a.get("name"):
        f.anchors.add(a["name"])
    if tag == "html":
        f.lang = a.get("lang", "")
    elif tag == "meta":
        name = (a.get("name") or a.get("property") or "").lower()
        if name == "description":
            f.description = a.get("content", "")
        elif name in ("og:image", "twitter:image") and a.get("content"):
            f.refs.append((tag, name, a["content"]))
    if tag == "link" and "canonical" in a.get("rel", "").lower().split():
        f.canonical = a.get("href", "")
    elif tag in HREF_TAGS and a.get("href"):
        f.refs.append((tag, "href", a["href"]))
    for attr in URL_ATTRS.intersection(a):
        if a[attr]:
            f.refs.append((tag, attr, a[attr]))
    if a.get("srcset"):
        for candidate in a["srcset"].split(","):
            if candidate.split():
                f.refs.append((tag, "srcset", candidate.split()[0]))


@dataclass(frozen=True)
class Target:
    kind: str  # "file" (dest is a written file), "missing", "outside" (the base path), "external"
    dest: str = ""  # output path of the file, or the one that was expected
    fragment: str = ""


class _Resolver:
    """Maps a URL found on a page to the output file it names, with a cache: most links
    are root-absolute and shared by every page, so each is resolved once."""

    def __init__(self, config: Config, files: set[str]) -> None:
        self.base = config.absolute_url("")
        self.host = ascii_netloc(urlsplit(self.base).netloc).lower()
        self.base_path = unquote(config.base_path)  # as a link's path is compared: decoded
        self.files = files
        self.cache: dict[tuple[str, str], Target] = {}

    def __call__(self, page_rel: str, url: str) -> Target:
        # A root-absolute or absolute URL means the same thing on every page.
        scope = "" if url.startswith("/") or "://" in url else posixpath.dirname(page_rel)
        if url.startswith("#"):
            scope = page_rel
        key = (scope, url)
        if key not in self.cache:
            self.cache[key] = self._resolve(page_rel, url)
        return self.cache[key]

    def _resolve(self, page_rel: str, url: str) -> Target:
        if url.lower().startswith(SKIP_SCHEMES):
            return Target("external")
        try:
            parts = urlsplit(urljoin(self.base + page_rel, url))
        except ValueError:
            return Target("missing", url)
        if parts.scheme not in ("http", "https") or ascii_netloc(parts.netloc).lower() != self.host:
            return Target("external")
        path, fragment = unquote(parts.path), unquote(parts.fragment)
        if path + "/" == self.base_path:
            path += "/"
        if not path.startswith(self.base_path):
            # Spelled out with the host, it is another site on the same host (another
            # GitHub Pages project); written as a path, it forgot the base path.
            return Target("external" if urlsplit(url).netloc else "outside", path, fragment)
        rel = path[len(self.base_path) :]
        if rel == "" or rel.endswith("/"):
            rel += "index.html"
        if rel in self.files:
            return Target("file", rel, fragment)
        if rel + "/index.html" in self.files:  # GitHub Pages redirects /dir to /dir/
            return Target("file", rel + "/index.html", fragment)
        return Target("missing", rel, fragment)


def _as_listed(url: str) -> str:
    """A URL as a sitemap lists it, its escapes undone: the same page however it is spelled."""
    return unquote(escaped(url))


def _walk(out: Path) -> set[str]:
    files = set()
    for folder, _, names in os.walk(out):
        prefix = Path(folder).relative_to(out).as_posix()
        prefix = "" if prefix == "." else prefix + "/"
        files.update(prefix + name for name in names)
    files.discard(MARKER)  # the build's note that the folder is its own, not a file of the site
    return files


def _same(recorded: object, given: object) -> bool:
    """A setting as recorded and as given; a base URL with or without its last '/' is one site."""
    if isinstance(recorded, str) and isinstance(given, str):
        return recorded.rstrip("/") == given.rstrip("/")
    return recorded == given


def check_built(root: Path, overrides: dict[str, Any], config: Config) -> list[str]:
    """`build.py check`: the output is checked for the base URL, and with or without the drafts,
    as its build recorded, so a site built with `--base-url` or `--drafts` needs no flag. A
    different one given here is one problem."""
    out = config.output_dir
    recorded = {"base_url": recorded_base_url(out), "drafts": recorded_drafts(out)}
    differ = {
        key: value for key, value in recorded.items() if value is not None and not _same(value, getattr(config, key))
    }
    shown = display_path(out, config.root)
    told = {
        "base_url": f"{shown}: built for base URL {recorded['base_url']}, not {config.base_url}; "
        "build with that --base-url, or drop it",
        "drafts": f"{shown}: built without drafts; build with --drafts, or drop it",
    }
    given = [told[key] for key in differ if overrides.get(key) is not None]
    return given or check_site(load_config(root, {**overrides, **differ}) if differ else config)


def check_site(config: Config, output: Path | None = None) -> list[str]:
    """All problems as 'page: problem' lines; empty when the site is sound."""
    out = (output or config.output_dir).resolve()
    if not (out / "index.html").is_file():
        return [f"{out}: no index.html here (build the site first, with the same --output)"]
    files = _walk(out)
    resolve = _Resolver(config, files)
    problems: list[str] = []
    # The user's own files published at the root ('google123.html') are no pages of the site.
    own = frozenset(rel for rel in site.root_files(config) if rel in files)
    pages = sorted(f for f in files if f.endswith(".html") and f not in own)
    facts: dict[str, PageFacts] = {}
    for rel in pages:
        try:
            facts[rel] = scan((out / rel).read_text(encoding="utf-8"))
        except UnicodeDecodeError as exc:
            problems.append(f"{rel}: not UTF-8 ({exc.reason} at byte {exc.start})")
            facts[rel] = PageFacts()

    links: dict[str, set[str]] = {rel: set() for rel in pages}
    for rel in pages:
        f = facts[rel]
        problems += _page_metadata(rel, f, resolve)
        for tag, attr, url in f.refs:
            target = resolve(rel, url)
            shown = f'<{tag} {attr}="{url}">'
            if target.kind == "outside":
                problems.append(f"{rel}: {shown} is outside the base path {resolve.base_path}")
            elif target.kind == "missing":
                problems.append(f"{rel}: {shown} does not resolve to a file ({target.dest} is not in the output)")
            elif target.kind == "file":
                anchors = facts[target.dest].anchors if target.dest in facts else None
                frag = target.fragment
                if frag and anchors is not None and frag not in anchors and frag.lower() != "top":
                    problems.append(f"{rel}: {shown} names a missing anchor #{frag} in {target.dest}")
                if tag in ("a", "area") and target.dest in links:
                    links[rel].add(target.dest)

    reached, queue = {"index.html"}, deque(["index.html"])
    while queue:
        for dest in links[queue.popleft()]:
            if dest not in reached:
                reached.add(dest)
                queue.append(dest)
    for rel in pages:
        if rel not in reached and rel != "404.html":
            problems.append(f"{rel}: not reachable by links from the home page")
    if "404.html" not in files:
        problems.append("404.html: missing (the page shown for an address that does not exist)")

    home = facts["index.html"].canonical
    if home and home != resolve.base:
        # Every page will disagree; say the cause once, first.
        hint = f"built for base URL {home}, checked with {resolve.base}: give build and check the same --base-url"
        problems.insert(0, f"index.html: {hint}")
    for rel in sorted(f for f in files if f.endswith(".css")):
        problems += _check_css(out, rel, resolve)
    content, sources = _check_content(config, out, files, resolve, own)
    problems += content
    problems += _check_robots(out, resolve)
    if config.domain:
        cname = (out / "CNAME").read_text(encoding="utf-8").strip() if "CNAME" in files else ""
        if cname != config.domain:
            problems.append(f"CNAME: should hold the custom domain {config.domain}, holds {cname or 'nothing'}")
    # An article's page is named by its address, which the editor never wrote: its file is named too.
    return [
        f"{line} (the page of {sources[page]})" if (page := line.partition(": ")[0]) in sources else line
        for line in problems
    ]


def _page_metadata(rel: str, f: PageFacts, resolve: _Resolver) -> list[str]:
    problems = [f"{rel}: {problem}" for problem in f.data]
    if f.lang is not None and not f.ended:
        problems.append(f"{rel}: ends before </html>: cut short (build or upload it again)")
    if not f.title.strip():
        problems.append(f"{rel}: no <title>")
    if not f.lang:
        problems.append(f'{rel}: no lang on <html> (e.g. <html lang="ko">)')
    if not f.description:
        problems.append(f'{rel}: no meta description (<meta name="description" content="...">)')
    if not f.canonical:
        problems.append(f'{rel}: no canonical URL (<link rel="canonical" href="...">)')
    elif rel != "404.html":  # the 404 page is served at every missing address
        expected = resolve.base + rel.removesuffix("index.html")
        if f.canonical != expected:
            problems.append(f"{rel}: canonical URL {f.canonical} is not this page's URL {expected}")
    seen: set[str] = set()
    for ident in f.ids:
        if ident in seen:
            problems.append(f'{rel}: duplicate id "{ident}"')
        seen.add(ident)
    return problems


def _check_css(out: Path, rel: str, resolve: _Resolver) -> list[str]:
    problems = []
    text = (out / rel).read_text(encoding="utf-8", errors="replace")
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    for match in CSS_URL.finditer(text):
        url = (match.group(2) or match.group(4) or "").strip()
        if not url or url.startswith("#"):
            continue
        target = resolve(rel, url)
        if target.kind in ("missing", "outside"):
            problems.append(f"{rel}: url({url}) does not resolve to a file ({target.dest} is not in the output)")
    return problems


def _check_robots(out: Path, resolve: _Resolver) -> list[str]:
    robots = out / "robots.txt"
    if not robots.is_file():
        return []
    problems = []
    for line in robots.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.lower().startswith("sitemap:"):
            url = line.split(":", 1)[1].strip()
            if resolve("robots.txt", url).kind != "file":
                problems.append(f"robots.txt: Sitemap {url} does not resolve to a file")
    return problems


def _check_content(
    config: Config, out: Path, files: set[str], resolve: _Resolver, own: frozenset[str]
) -> tuple[list[str], dict[str, str]]:
    """Articles that have no page, and feeds or a sitemap that miss one (`own`: the user's files
    published at the root, which no sitemap lists); and each article's page with its file."""
    articles, found = load_articles(config)
    library, more = build_library(articles, config)
    data, data_problems = load_all(config.content_dir, config.root)
    # Content that cannot be read has no page to look for: say so rather than pass it.
    problems = [str(p) for p in found + more + data_problems]
    for article in library.articles:
        if article.url + "index.html" not in files:
            problems.append(f"{article.source}: article has no page (expected {article.url}index.html)")
    everything = {config.absolute_url(a.url) for a in library.articles}
    taxonomy, _ = build_taxonomy(library, data, config, stories.group(library.articles, config, data.tags))

    def entries(articles: tuple[Ref, ...]) -> set[str]:
        """What a feed lists (pages.feed_entries): an entry per article, a story's under the
        article standing for it, the `feed_size` with the newest reports."""
        return {config.absolute_url(a.url) for a in feed_entries(articles, taxonomy, config.feed_size)[0]}

    problems += _check_feed(out, "atom.xml", entries(library.refs), resolve)
    problems += _check_sitemap(out, files, everything, config, resolve, own)
    feeds = {}
    for name, tagged in taxonomy.tag_articles.items():
        if tagged and name in taxonomy.tags:
            feeds[taxonomy.tags[name].url + "atom.xml"] = entries(tagged)
    for rel in sorted(f for f in files if f.startswith("tags/") and f.endswith("/atom.xml")):
        feeds.setdefault(rel, set())
    for rel, must_list in sorted(feeds.items()):
        problems += _check_feed(out, rel, must_list, resolve)
    problems += _check_search(out, files, len(library.articles), resolve)
    return problems, {a.url + "index.html": a.source for a in library.articles}


SEARCH_INDEX = "search/index.json"


def _read_json(out: Path, rel: str, files: set[str]) -> tuple[object, str | None]:
    """(the parsed file, None), or (None, the problem)."""
    if rel not in files:
        return None, f"{rel}: missing (the search box loads it)"
    try:
        return json.loads((out / rel).read_bytes()), None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return None, f"{rel}: not JSON ({exc})"


def _check_search(out: Path, files: set[str], articles: int, resolve: _Resolver) -> list[str]:
    """The index the search box loads: one file, or on a large site a manifest and its shards."""
    index, problem = _read_json(out, SEARCH_INDEX, files)
    if problem:
        return [problem]
    shape = "an object with v, tags, and docs and terms (or count, chunk, shards, bounds and names)"
    if not isinstance(index, dict) or not isinstance(index.get("tags"), list):
        return [f"{SEARCH_INDEX}: not a search index (expected {shape})"]
    if index.get("v") != search.VERSION:
        return [f"{SEARCH_INDEX}: format {index.get('v')!r}, expected {search.VERSION}: build the site again"]
    if isinstance(index.get("docs"), list) and isinstance(index.get("terms"), dict):
        count = len(index["docs"])
        problems = _search_docs(SEARCH_INDEX, index["docs"], len(index["tags"]), resolve)
        problems += _search_terms(SEARCH_INDEX, index["terms"], count)
    elif all(type(index.get(key)) is int and index[key] > 0 for key in ("chunk", "shards")) and (
        type(index.get("count")) is int
    ):
        bounds = index.get("bounds")
        strings = isinstance(bounds, list) and all(isinstance(b, str) for b in bounds)
        if not strings or len(bounds) != index["shards"] - 1 or bounds != sorted(bounds):
            return [f"{SEARCH_INDEX}: bounds must list the first stem of every term shard but the first, in order"]
        names = index.get("names")
        if names != search.shard_names(bounds):
            return [f"{SEARCH_INDEX}: names must give every term shard's file name (search.shard_names of bounds)"]
        count, problems = index["count"], _check_search_shards(out, files, index, resolve)
    else:
        return [f"{SEARCH_INDEX}: not a search index (expected {shape})"]
    if count != articles:
        problems.insert(0, f"{SEARCH_INDEX}: lists {count} articles, the site has {articles}")
    return problems


def _check_search_shards(out: Path, files: set[str], index: dict, resolve: _Resolver) -> list[str]:
    problems = []
    wanted = [(f"search/docs-{n}.json", list) for n in range(math.ceil(index["count"] / index["chunk"]))]
    wanted += [(f"search/terms-{name}.json", dict) for name in index["names"]]
    for rel, kind in wanted:
        shard, problem = _read_json(out, rel, files)
        if problem is None and not isinstance(shard, kind):
            problem = f"{rel}: not a search index shard (expected a JSON {'array' if kind is list else 'object'})"
        if problem:
            problems.append(problem)
        elif isinstance(shard, list):
            problems += _search_docs(rel, shard, len(index["tags"]), resolve)
        else:
            problems += _search_terms(rel, shard, index["count"])
    return problems


def _first(rel: str, problems: list[str], shown: int = 5) -> list[str]:
    """A few of many problems of one file (a damaged index has one per entry), and their count."""
    more = len(problems) - shown
    return problems[:shown] + ([f"{rel}: … and {more} more like these"] if more > 0 else [])


def _search_docs(rel: str, docs: list, tags: int, resolve: _Resolver) -> list[str]:
    """Each result the search shows leads to an article's page, with tags the index names."""
    problems = []
    for doc in docs:
        url = doc[0] if isinstance(doc, list) and doc and isinstance(doc[0], str) else None
        if url is None:
            problems.append(f"{rel}: {json.dumps(doc, ensure_ascii=False)[:60]} is not a search result")
        elif resolve("index.html", url).kind != "file":
            problems.append(f"{rel}: the result {url} does not resolve to a page")
        elif len(doc) > 3 and not (isinstance(doc[3], list) and all(type(t) is int and 0 <= t < tags for t in doc[3])):
            problems.append(f"{rel}: the result {url} names a tag the index does not have")
    return _first(rel, problems)


def _search_terms(rel: str, terms: dict, count: int) -> list[str]:
    """Each word's postings (gaps between result numbers, negative for a headline's) name results
    the index has."""
    problems = []
    for term, gaps in terms.items():
        if not isinstance(gaps, list) or not all(type(g) is int for g in gaps):
            problems.append(f"{rel}: the word {term} has no list of results")
        elif (last := sum(map(abs, gaps)) - 1) >= count:  # (gaps count from -1: search._delta)
            problems.append(f"{rel}: the word {term} names result {last}, past the {count} there are")
    return _first(rel, problems)


def _xml_root(out: Path, rel: str, *names: str) -> tuple[ElementTree.Element | None, list[str]]:
    """(the root element, []) when the file parses and its root is one of `names` (namespaced),
    else (None, the problem)."""
    file = out / rel
    if not file.is_file():
        return None, [f"{rel}: missing"]
    try:
        root = ElementTree.parse(file).getroot()
    except ElementTree.ParseError as exc:
        return None, [f"{rel}: not well-formed XML ({exc})"]
    if root.tag not in names:
        return None, [f"{rel}: root element is {root.tag}, expected {' or '.join(names)}"]
    return root, []


def _unresolved(rel: str, urls: list[tuple[str, str]], resolve: _Resolver) -> list[str]:
    return [
        f"{rel}: {shown} does not resolve to a file on this site"
        for shown, url in urls
        if resolve(rel, url).kind != "file"
    ]


def _check_feed(out: Path, rel: str, must_list: set[str], resolve: _Resolver) -> list[str]:
    root, problems = _xml_root(out, rel, ATOM + "feed")
    if root is None:
        return problems
    problems += _atom_elements(rel, root, "feed")
    ids = []
    for n, entry in enumerate(root.iterfind(f"{ATOM}entry"), 1):
        problems += _atom_elements(rel, entry, f"entry {n}")
        ids.append((entry.findtext(f"{ATOM}id") or "").strip())
    problems += [f"{rel}: entry id {ident} is given {k} times" for ident, k in Counter(ids).items() if ident and k > 1]
    urls = [(f'<link href="{e.get("href", "")}">', e.get("href", "")) for e in root.iter(f"{ATOM}link")]
    problems += _unresolved(rel, urls, resolve)
    problems += [f"{rel}: does not list article {url}" for url in sorted(must_list - set(ids))]
    return problems


# RFC 3339's date-time, as Atom requires it: '2025-01-28T15:54:00+09:00'.
RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)")


def _atom_elements(rel: str, element: ElementTree.Element, what: str) -> list[str]:
    """What Atom (RFC 4287) requires of a feed and of each entry: an id, a title and an updated
    time, the times written as RFC 3339 says."""
    problems = [
        f"{rel}: {what} has no <{name}>"
        for name in ("id", "title", "updated")
        if not (element.findtext(ATOM + name) or "").strip()
    ]
    for name in ("updated", "published"):
        when = (element.findtext(ATOM + name) or "").strip()
        if when and not RFC3339.fullmatch(when):
            problems.append(f"{rel}: {what}'s <{name}> {when} is not an RFC 3339 time (e.g. 2025-01-28T15:54:00+09:00)")
    return problems


SITEMAP_FILE = "sitemap.xml"


def _raw(urls: list[str]) -> list[str]:
    """The URLs holding a character a URI must escape (a space, Hangul)."""
    return sorted({url for url in urls if re.search(r"[^\x21-\x7e]", url)})


def _check_sitemap(
    out: Path, files: set[str], articles: set[str], config: Config, resolve: _Resolver, own: frozenset[str]
) -> list[str]:
    """sitemap.xml, a urlset or an index of urlsets, each within the protocol's limits, lists
    every page of the site once (but the 404 page and the drafts' review page)."""
    root, problems = _xml_root(out, SITEMAP_FILE, SITEMAP + "urlset", SITEMAP + "sitemapindex")
    if root is None:
        return problems
    urlsets = [(SITEMAP_FILE, root)]
    if root.tag == SITEMAP + "sitemapindex":
        locs = [(e.text or "").strip() for e in root.iterfind(f"{SITEMAP}sitemap/{SITEMAP}loc")]
        problems += _unresolved(SITEMAP_FILE, [(f"<loc>{url}</loc>", url) for url in locs], resolve)
        urlsets = []
        for url in locs:
            target = resolve(SITEMAP_FILE, url)
            part, found = _xml_root(out, target.dest, SITEMAP + "urlset") if target.kind == "file" else (None, [])
            problems += found
            if part is not None:
                urlsets.append((target.dest, part))
    counts: Counter[str] = Counter()
    for rel, urlset in urlsets:
        locs = [(e.text or "").strip() for e in urlset.iterfind(f"{SITEMAP}url/{SITEMAP}loc")]
        if len(locs) > SITEMAP_URLS:
            problems.append(f"{rel}: lists {len(locs):,} URLs, the protocol allows {SITEMAP_URLS:,} in one file")
        if (out / rel).stat().st_size > SITEMAP_BYTES:
            problems.append(f"{rel}: larger than the protocol's {SITEMAP_BYTES:,} bytes")
        problems += _unresolved(rel, [(f"<loc>{url}</loc>", url) for url in sorted(set(locs))], resolve)
        problems += [f"{rel}: <loc>{url}</loc> is not escaped (the protocol wants %-encoding)" for url in _raw(locs)]
        counts.update(map(_as_listed, locs))
    problems += [f"{SITEMAP_FILE}: lists {url} {n} times" for url, n in sorted(counts.items()) if n > 1]
    articles = {_as_listed(url) for url in articles}
    problems += [f"{SITEMAP_FILE}: does not list article {url}" for url in sorted(articles - counts.keys())]
    unlisted = {"404.html", "review/index.html", *own}
    pages = {
        _as_listed(config.absolute_url(f.removesuffix("index.html")))
        for f in files
        if f.endswith(".html") and f not in unlisted
    }
    problems += [f"{SITEMAP_FILE}: does not list page {url}" for url in sorted(pages - articles - counts.keys())]
    return problems
