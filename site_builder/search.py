"""The static search index the theme's search box queries as the reader types.

Korean attaches particles to words (딥시크가, 딥시크의, 엔비디아는), so no off-the-shelf static
search finds `딥시크` in `딥시크가`. The index here splits text into runs of one script
(Hangul, Latin/digits, Han), strips a trailing particle from Hangul words, and stores the
resulting stems with the documents they occur in. The browser applies the same stemming to
the query and matches it as a *prefix* of the stems, which also answers a half-typed word.
`static/site.js` mirrors `tokens()` and `stem()`; change both together.

Layout (format version 2), chosen so a large site does not ship one huge file:
- small sites (<= SHARD_DOCS articles): everything in `search/index.json`;
- larger sites (`build_search`): `index.json` holds the tag table and counts, documents live
  in `search/docs-N.json` (DOC_CHUNK each) and stems in `search/terms-N.json`, sharded by the
  stem's first character, so a query downloads only the shards of its own first letters.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from . import lexicon
from .content import Article
from .taxonomy import Tag

VERSION = 2
BODY_CHARS = 1500  # body text indexed for matching: the lede, where names are introduced
TEXT_CHARS = 200  # text stored per document for the result snippet
SHARD_DOCS = 400  # above this many articles the index is split into shards
DOC_CHUNK = 250  # a result list fetches a few of these, ~150 KB each at most
TERM_SHARDS = 64

_TOKEN = re.compile(r"[가-힣]+|[a-z0-9]+|[\u3400-\u4dbf\u4e00-\u9fff]+")
# Longest first, so 에서는 is removed whole rather than leaving 에서 (the list is shared with tagging).
PARTICLES = sorted(lexicon.packaged().particles, key=len, reverse=True)
_PARTICLE_SET = frozenset(PARTICLES)
_PARTICLE_SIZES = sorted({len(p) for p in PARTICLES}, reverse=True)
MIN_STEM = 2  # 효과, 국가, 나이 keep their last syllable: a one-syllable stem matches too much


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


@functools.lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    """딥시크가 -> 딥시크; 엔비디아는 -> 엔비디아; Latin and Han tokens unchanged."""
    if not ("가" <= token[0] <= "힣"):
        return token
    # Longest particle first; a set look-up per length keeps this fast on 10,000 articles.
    for size in _PARTICLE_SIZES:
        if len(token) - size >= MIN_STEM and token[-size:] in _PARTICLE_SET:
            return token[:-size]
    return token


def tokens(text: str) -> list[str]:
    """Stems of a text. A Hangul run that is only a particle (the 의 of 오픈AI의) is dropped."""
    return [stem(t) for t in _TOKEN.findall(normalize(text)) if t not in _PARTICLE_SET]


_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_LIST_OR_RULE = re.compile(r"^\s*[-+]\s+|^-{3,}$", re.MULTILINE)
_MARKUP = re.compile(r"[#>*_`|]+")


def plain_text(markdown_source: str) -> str:
    text = _LINK.sub(r"\1", markdown_source)  # keep link text, drop URLs
    text = _MARKUP.sub(" ", _LIST_OR_RULE.sub(" ", text))
    # str.split() knows the same whitespace as re's \s, in a third of the time.
    return " ".join(text.split())


def _lede(article: Article) -> str:
    # Cut the Markdown before cleaning it: a long body costs time and adds nothing to the index.
    return plain_text(article.body[: BODY_CHARS * 2])[:BODY_CHARS]


def _doc_terms(article: Article, names: Iterable[str], lede: str) -> set[str]:
    fields = [article.title, article.subtitle, article.summary, article.publisher, *article.authors, *names, lede]
    return set(tokens(" ".join(fields)))  # one pass: a space keeps the fields' words apart


def _snippet_text(article: Article, lede: str) -> str:
    """Summary then the lede: where a name in a search is most likely to be found again."""
    return " ".join(part for part in (article.summary, lede) if part)[:TEXT_CHARS]


@dataclass(frozen=True)
class Record:
    """What the index holds about one article: its result row (tags by name) and its stems."""

    row: tuple[str, str, str, tuple[str, ...], str, str]  # url, title, date, tag names, publisher, snippet
    terms: frozenset[str]


def make_record(article: Article, tags: Mapping[str, Tag], aliases: Mapping[str, Iterable[str]]) -> Record:
    lede = _lede(article)
    known = tuple(name for name in article.tags if name in tags)
    names = [n for name in known for n in (name, tags[name].label, *aliases.get(name, ()))]
    row = (
        article.url,
        article.title,
        article.date.date().isoformat(),
        known,
        article.publisher,
        _snippet_text(article, lede),
    )
    return Record(row, frozenset(_doc_terms(article, names, lede)))


@dataclass
class SearchState:
    """The index as last written, kept so that editing one article rewrites only the files its
    old and new stems fall in. Valid while `key` (the site's structure: doc order, tags) holds."""

    key: str
    digests: list[str]  # per doc id: the article version its record was made from
    records: list[Record]
    postings: dict[str, list[int]]  # stem -> sorted doc ids
    files: dict[str, str] = field(default_factory=dict)  # output path -> text
    hashes: dict[str, str] = field(default_factory=dict)  # output path -> sha1 of the text
    table: tuple[list[list[str]], dict[str, int]] | None = None  # tag table; fixed by `key`
    shard_terms: dict[int, set[str]] = field(default_factory=dict)  # term shard -> its stems


def _delta(ids: list[int]) -> list[int]:
    """Doc ids as gaps: small numbers keep large postings lists short in JSON."""
    return [b - a for a, b in zip([0, *ids], ids, strict=False)]


def _rules() -> dict[str, object]:
    """The stemming rules, shipped in the index so the browser stems queries exactly like the build."""
    return {"particles": PARTICLES, "minStem": MIN_STEM}


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def term_shard(term: str) -> int:
    """Shard of a stem; site.js computes the same from the first UTF-16 code unit."""
    return ord(term[0]) % TERM_SHARDS if ord(term[0]) < 0x10000 else 0


def _tag_table(records: list[Record], tags: Mapping[str, Tag]) -> tuple[list[list[str]], dict[str, int]]:
    ids: dict[str, int] = {}
    for record in records:
        for name in record.row[3]:
            ids.setdefault(name, len(ids))
    return [[tags[name].slug, tags[name].label] for name in ids], ids


def _doc_rows(records: list[Record], ids: dict[str, int]) -> list[list]:
    return [
        [url, title, date, [ids[n] for n in names], pub, text]
        for url, title, date, names, pub, text in (r.row for r in records)
    ]


def _write_files(state: SearchState, tags: Mapping[str, Tag], only: set[str] | None) -> None:
    """(Re)serialize the index files; `only` limits it to the files an edit touched."""
    if state.table is None:
        state.table = _tag_table(state.records, tags)
    table, ids = state.table
    files: dict[str, str] = {}
    if len(state.records) <= SHARD_DOCS:
        terms = {term: _delta(state.postings[term]) for term in sorted(state.postings)}
        docs = _doc_rows(state.records, ids)
        files["search/index.json"] = _json({"v": VERSION, **_rules(), "tags": table, "docs": docs, "terms": terms})
    else:
        for start in range(0, len(state.records), DOC_CHUNK):
            path = f"search/docs-{start // DOC_CHUNK}.json"
            if only is None or path in only:
                files[path] = _json(_doc_rows(state.records[start : start + DOC_CHUNK], ids))
        wanted = {int(p.split("-")[1].split(".")[0]) for p in only if "/terms-" in p} if only is not None else None
        shards: dict[int, dict[str, list[int]]] = {n: {} for n in range(TERM_SHARDS) if wanted is None or n in wanted}
        terms = state.postings if wanted is None else [t for n in wanted for t in state.shard_terms.get(n, ())]
        for term in sorted(terms):
            shard = shards.get(term_shard(term))
            if shard is not None:
                shard[term] = _delta(state.postings[term])
        for number, shard in shards.items():
            files[f"search/terms-{number}.json"] = _json(shard)
        manifest = {
            "v": VERSION,
            **_rules(),
            "tags": table,
            "count": len(state.records),
            "chunk": DOC_CHUNK,
            "shards": TERM_SHARDS,
        }
        files["search/index.json"] = _json(manifest)
    if only is None:
        state.files, state.hashes = {}, {}
    for path, text in files.items():
        state.files[path] = text
        state.hashes[path] = hashlib.sha1(text.encode()).hexdigest()


def update(
    previous: SearchState | None,
    key: str,
    digests: list[str],
    article: Callable[[int], Article],
    tags: Mapping[str, Tag],
    aliases: Mapping[str, Iterable[str]],
) -> SearchState:
    """The index for the articles in doc order (`article(i)` gives doc i, `digests[i]` its version).
    With a `previous` state of the same key, only the edited articles are indexed again."""
    key = f"{key}\0{SHARD_DOCS}\0{DOC_CHUNK}\0{TERM_SHARDS}"
    if previous is not None and previous.key == key and len(previous.digests) == len(digests):
        edited = [i for i, d in enumerate(digests) if previous.digests[i] != d]
        if not edited:
            return previous
        touched: set[str] = set()
        for i in edited:
            old, new = previous.records[i], make_record(article(i), tags, aliases)
            for term in old.terms - new.terms:
                ids = previous.postings[term]
                del ids[bisect.bisect_left(ids, i)]
                if not ids:
                    del previous.postings[term]
                    previous.shard_terms[term_shard(term)].discard(term)
            for term in new.terms - old.terms:
                if term not in previous.postings:
                    previous.shard_terms.setdefault(term_shard(term), set()).add(term)
                bisect.insort(previous.postings.setdefault(term, []), i)
            touched |= {f"search/terms-{term_shard(t)}.json" for t in old.terms ^ new.terms}
            if old.row != new.row:
                touched.add(f"search/docs-{i // DOC_CHUNK}.json")
            previous.records[i], previous.digests[i] = new, digests[i]
        _write_files(previous, tags, touched)
        return previous
    known = {} if previous is None else dict(zip(previous.digests, previous.records, strict=True))
    records = [known.get(d) or make_record(article(i), tags, aliases) for i, d in enumerate(digests)]
    postings: dict[str, list[int]] = {}
    for doc_id, record in enumerate(records):
        for term in record.terms:
            postings.setdefault(term, []).append(doc_id)
    state = SearchState(key, list(digests), records, postings)
    for term in postings:
        state.shard_terms.setdefault(term_shard(term), set()).add(term)
    _write_files(state, tags, None)
    return state


def build_search(
    articles: tuple[Article, ...], tags: Mapping[str, Tag], aliases: Mapping[str, Iterable[str]] | None = None
) -> dict[str, str]:
    """Output path -> text for every search file; sharded when the site is large."""
    digests = [str(i) for i in range(len(articles))]
    return update(None, "", digests, lambda i: articles[i], tags, aliases or {}).files
