"""The static search index the theme's search box queries as the reader types.

Korean attaches particles to words (딥시크가, 딥시크의, 엔비디아는), so no off-the-shelf static
search finds `딥시크` in `딥시크가`. The index here splits text into runs of one script
(a Hangul/Latin/digit run such as 오픈AI or GPT-4o is one word, so 오픈AI never matches 오픈소스;
Han), strips a trailing particle from a word ending in Hangul, and stores the resulting stems
with the documents they occur in (the whole body, title, summary, tags and their aliases).
A hyphenated name is also indexed by its later parts and run together (gpt-4o: 4o, gpt4o), as
a reader may type it. The browser applies the same stemming to the query and matches it as a
*prefix* of the stems, which also answers a half-typed word (오픈 finds 오픈AI and 오픈소스; 오픈AI
finds only 오픈AI); a word typed with a particle is also looked up, whole, as the stem its bare
form has (하와이가: 하와이, and 하와, as 하와이 alone is held).
`static/site.js` mirrors `tokens()` and `stem()`; change both together (the token pattern is
shipped in the index's rules). A doc id in a postings list is negative-gapped when the stem is in
the article's headline or tags, so the client ranks those hits first at no extra size. Tag
names and labels ship with their one-word aliases, so a query `nvidia` also asks for `엔비디아`.

Layout (format VERSION), chosen so a large site does not ship one huge file:
- small sites (<= SHARD_DOCS articles): everything in `search/index.json`;
- larger sites (`build_search`): `index.json` holds the tag table and counts, documents live
  in `search/docs-N.json` (DOC_CHUNK each) and stems in `search/terms-NAME.json`: consecutive
  ranges of the sorted stems, split where `index.json`'s `bounds` say, so a query downloads only
  the one or few shards its prefix falls in. The splits are content-defined (`shard_bounds`):
  as many shards as the postings need, each within SHARD_MAX postings whatever the site's
  size, and an edit moves only the splits near the stems it changed. A shard is named after its
  first stem (`shard_names`, listed in `names`), not numbered: a split that comes or goes then
  leaves every other shard's file as it was.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import itertools
import json
import operator
import re
import zlib
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from . import templates
from .content import Article
from .taxonomy import Tag
from .words import MIN_STEM, PARTICLES, TOKEN_PATTERN, stems, tokens

VERSION = 9  # 9: a summary the body opens with is not repeated in the snippet
TEXT_CHARS = 120  # text stored per document for the result snippet: a line or two of a result
SHARD_DOCS = 400  # above this many articles the index is split into shards
DOC_CHUNK = 250  # a result list fetches a few of these, ~150 KB each at most
# Postings per term shard: about SHARD_TARGET on average, never more than SHARD_MAX unless one
# stem alone has more. A posting costs under a byte gzipped (a gap and its sign): at 10,000 bench
# articles the largest of 74 shards is 146 KB, 31 KB gzipped, well under the 100 KB a query may cost.
SHARD_TARGET = 16_000
SHARD_MAX = 48_000
KEY_WEIGHT = 2  # a stem's own bytes in the shard, in postings

# (Bounded, as no link's text or address runs longer: unbounded, each '[' of a text with no ']'
# would be read to the end, in a time that grows with the square of their count.)
_LINK = re.compile(r"!?\[([^\]]{0,1000})\]\([^)]{0,2000}\)")
# Marks Markdown gives a line's start: a list item, a rule, a heading, a quote, a code fence with
# its language, a table's separator row. Inside a line '>' and '#' are text ('a > b', 'C#'). (Each
# is read from its own line's start: a line's whitespace never runs on into the next, so a run of
# blank lines is read once, not once from each of its lines.)
_LINE_MARKS = re.compile(
    r"^[ \t]*+(?:[-+](?=\s)|-{3,}[ \t]*$|#{1,6}(?=\s)|>+|(?:```|~~~).*$"
    r"|\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$)",
    re.MULTILINE,
)
_MARKUP = re.compile(r"[*_`|]+")


def plain_text(markdown_source: str) -> str:
    text = _LINK.sub(r"\1", markdown_source)  # keep link text, drop URLs
    text = _MARKUP.sub(" ", _LINE_MARKS.sub(" ", text))
    # str.split() knows the same whitespace as re's \s, in a third of the time.
    return " ".join(text.split())


def _doc_terms(article: Article, names: Iterable[str], text: str) -> set[str]:
    fields = [article.title, article.subtitle, article.summary, article.publisher, *article.authors, *names, text]
    return _with_parts(stems(" ".join(fields)))  # one pass: a space keeps the fields' words apart


def _with_parts(stems: Iterable[str]) -> set[str]:
    """Stems, and of a hyphenated name (gpt-4o, high-flyer) its later parts and the name run
    together, as a reader may type it: 'gpt 4o', 'high flyer', 'gpt4o'."""
    found = set(stems)
    for stem in [stem for stem in found if "-" in stem and re.search("[a-z]", stem)]:  # (not 2025-01-28)
        parts = stem.split("-")
        found.update(part for part in parts[1:] if part)
        found.add("".join(parts))
    return found


def _snippet_text(article: Article, text: str) -> str:
    """Summary then the body's start, cut after a whole word: where a searched name is most likely
    seen again. A summary the body opens with (ingest's is the lede's start) is said once."""
    summary = article.summary
    said = summary and summary.rstrip(" .…")[:40] in text[: len(summary) + 40]
    joined = " ".join(part for part in ("" if said else summary, text[: TEXT_CHARS * 2]) if part)
    if len(joined) <= TEXT_CHARS:
        return joined
    cut = joined.rfind(" ", 0, TEXT_CHARS + 1)
    return joined[: cut if cut > TEXT_CHARS // 2 else TEXT_CHARS]


@dataclass(frozen=True)
class Record:
    """What the index holds about one article: its result row (tags by name) and its stems."""

    row: tuple[str, str, str, tuple[str, ...], str, str]  # url, title, date, tag names, publisher, snippet
    terms: frozenset[str]
    head: frozenset[str] = frozenset()  # the stems of the headline and tags: ranked above body hits


def make_record(
    article: Article, tags: Mapping[str, Tag], aliases: Mapping[str, Iterable[str]], excerpt: bool = False
) -> Record:
    """`excerpt`: the page shows the start of the body only (article_body: excerpt, or older than full_text), and the
    index holds no more than the page, or a search would find words the reader cannot."""
    # The whole body shown: a name first met far down must be found too.
    text = plain_text(templates.excerpt(article.body) if excerpt else article.body)
    known = tuple(name for name in article.tags if name in tags)
    names = [n for name in known for n in (name, tags[name].label, *aliases.get(name, ()))]
    head = frozenset(_with_parts(tokens(" ".join([article.title, *names]))))
    row = (
        article.url,
        article.title,
        article.date.date().isoformat(),
        known,
        article.publisher,
        _snippet_text(article, text),
    )
    return Record(row, frozenset(_doc_terms(article, names, text)), head)


@dataclass
class SearchState:
    """The index as last written, kept so that editing one article rewrites only the files its
    old and new stems fall in. Valid while `key` (doc order, tag table: layout_key) holds.

    Compact, because a large site's is loaded and saved by every command-line build that edits
    an article: no Record is kept. A stem's postings are an int array of codes, doc id * 2 + 1
    where the stem is in that doc's headline or tags (+ 0 elsewhere), so a term shard is made
    from its stems' postings alone, and a doc's row is kept as the JSON it ships as."""

    key: str  # layout_key(), with the index's format
    digests: list[str]  # per doc id: the article version its record was made from
    postings: dict[str, array]  # stem -> codes (see above), by doc id
    # Per doc id: its result row as JSON, tags by their number in `table`, in UTF-8: loaded three
    # times as fast as str, which must decode it (100,000 rows of Korean text).
    rows: list[bytes]
    hashes: dict[str, str] = field(default_factory=dict)  # output path -> sha1 of the text
    # The tag table and each tag's number in it, in order of first use; fixed by `key`.
    table: tuple[list[list[str]], dict[str, int]] = field(default_factory=lambda: ([], {}))
    aliases: list[list[list[str]]] = field(default_factory=list)  # alias_table(), shipped with the rules
    # Every stem in sorted order (Python's code point order is the browser's UTF-16 order: all
    # stems are in the Basic Multilingual Plane), and the first stem of each term shard but the first.
    order: list[str] = field(default_factory=list)
    bounds: list[str] = field(default_factory=list)
    # output path -> text, of the files an update in this process rewrote
    files: dict[str, str] = field(default_factory=dict)

    def __getstate__(self) -> dict[str, object]:
        return {**self.__dict__, "files": {}}  # made again on demand (`text`): the rest says all

    def copy(self) -> SearchState:
        """A copy `update` may change: a build that fails after indexing leaves the last one as it was.
        The postings lists are shared: `_update` copies each it changes (a few of 100,000)."""
        return dataclasses.replace(
            self,
            digests=list(self.digests),
            postings=dict(self.postings),
            rows=list(self.rows),
            hashes=dict(self.hashes),
            table=([list(row) for row in self.table[0]], dict(self.table[1])),
            order=list(self.order),
            bounds=list(self.bounds),
            files=dict(self.files),
        )

    def text(self, path: str) -> str:
        """The text of one of the index's files (made again unless this process updated it)."""
        return self.files[path] if path in self.files else dict(_texts(self, {path}))[path]


def _delta(codes: Iterable[int]) -> list[int]:
    """Doc ids as gaps: small numbers keep large postings lists short in JSON. A gap is negative
    when the term is in that doc's headline or tags: one '-' is the whole cost of ranking. The
    first gap counts from -1, so doc 0 (the newest) has a gap that can carry its '-'."""
    gaps = []
    last = -1
    for code in codes:
        doc = code >> 1
        gaps.append(last - doc if code & 1 else doc - last)
        last = doc
    return gaps


def alias_table(tags: Mapping[str, Tag], aliases: Mapping[str, Iterable[str]]) -> list[list[list[str]]]:
    """Per tag, [its name and label, all its one-word spellings], as stems. Only a query that is the
    name or label is widened to the rest: 오픈AI asks for 챗GPT too, not the reverse. Shipped to the
    client rather than indexing every article under every spelling: a few KB instead of more postings."""
    table = []
    for name, tag in sorted(tags.items()):
        one_word = [w[0] for w in (tokens(s) for s in (name, tag.label, *aliases.get(name, ()))) if len(w) == 1]
        triggers = [w for w in dict.fromkeys(tokens(name) + tokens(tag.label)) if w in one_word]
        spellings = list(dict.fromkeys(one_word))
        if triggers and len(spellings) > 1:
            table.append([triggers, spellings])
    return table


def _rules(table: list[list[list[str]]]) -> dict[str, object]:
    """The tokenising and stemming rules, shipped in the index so the browser reads queries exactly like the build."""
    return {"token": TOKEN_PATTERN, "particles": PARTICLES, "minStem": MIN_STEM, "aliases": table}


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _splits(order: list[str], postings: Mapping[str, list[int]], start: int = 0) -> Iterator[str]:
    """The stems from order[start] on (a shard's first) that start a new term shard. A stem starts
    one where a hash of it falls below its share of SHARD_TARGET, so the choice depends on the stem
    and its postings alone, or where the shard would pass SHARD_MAX."""
    size = 0
    for i in range(start, len(order)):
        term = order[i]
        weight = len(postings[term]) + KEY_WEIGHT
        if size and (size + weight > SHARD_MAX or zlib.crc32(term.encode()) * SHARD_TARGET < weight << 32):
            yield term
            size = 0
        size += weight


def shard_bounds(order: list[str], postings: Mapping[str, list[int]]) -> list[str]:
    """The first stem of every term shard but the first."""
    return list(_splits(order, postings))


def _resplit(order: list[str], postings: Mapping[str, list[int]], bounds: list[str], changed: set[str]) -> list[str]:
    """shard_bounds() after the postings of the `changed` stems changed, worked out from the shard
    before the first of them only until a split past the last is one of the old splits: from a
    split on, the same stems and postings split the same way."""
    first, last = min(changed), max(changed)
    shard = max(bisect.bisect_right(bounds, first) - 1, 0)
    new = bounds[:shard]
    for term in _splits(order, postings, bisect.bisect_left(order, bounds[shard - 1]) if shard else 0):
        new.append(term)
        if term > last:
            at = bisect.bisect_left(bounds, term)
            if at < len(bounds) and bounds[at] == term:
                return new + bounds[at + 1 :]
    return new


def shard_names(bounds: list[str]) -> list[str]:
    """The file name of each term shard (search/terms-NAME.json), made from its first stem alone
    ('' for the first shard). Two stems whose short hashes meet, which is never expected, both
    take the whole hash, so names stay unique."""
    firsts = ["", *bounds]
    short = [hashlib.sha1(first.encode()).hexdigest()[:10] for first in firsts]
    uses = Counter(short)
    return [
        name if uses[name] == 1 else hashlib.sha1(first.encode()).hexdigest()
        for name, first in zip(short, firsts, strict=True)
    ]


def term_shard(bounds: list[str], term: str) -> int:
    """Shard of a stem: site.js finds the same by binary search over the shipped bounds."""
    return bisect.bisect_right(bounds, term)


def _tag_ids(table: tuple[list[list[str]], dict[str, int]], names: Iterable[str], tags: Mapping[str, Tag]) -> list[int]:
    """The numbers of tags in the tag table, numbering a tag not in it yet (in doc order)."""
    rows, ids = table
    for name in names:
        if name not in ids:
            ids[name] = len(rows)
            rows.append([tags[name].slug, tags[name].label])
    return [ids[name] for name in names]


def layout_key(docs: Sequence[tuple[str, Iterable[str]]], tags: Mapping[str, Tag]) -> str:
    """What the index's layout rests on beside each doc's own version: the docs' order and the
    tag table, whose numbers are given in order of first use (`_tag_ids`). `docs`: (source, tag
    names) in doc order. While it holds, an edit re-indexes only the docs it changed, even one
    that changed an article's tags."""
    first_use = dict.fromkeys(name for _, names in docs for name in names if name in tags)
    table = [[name, tags[name].slug, tags[name].label] for name in first_use]
    sources = [source for source, _ in docs]
    return hashlib.sha1(_json([sources, table]).encode()).hexdigest()


def _row(record: Record, table: tuple[list[list[str]], dict[str, int]], tags: Mapping[str, Tag]) -> bytes:
    url, title, date, names, pub, text = record.row
    return _json([url, title, date, _tag_ids(table, names, tags), pub, text]).encode()


def _codes(record: Record, doc: int) -> dict[str, int]:
    return {term: doc * 2 + (term in record.head) for term in record.terms}


def _write_files(state: SearchState, only: set[str] | None) -> None:
    """(Re)serialize the index files; `only` limits it to those files. Of a whole index only the
    hashes are kept: its texts are 80 MB at 100,000 articles, and each is made again as it
    renders (`text`), as cheaply as it was made here."""
    if only is None:
        state.files, state.hashes = {}, {}
    for path, text in _texts(state, only):
        if only is not None:
            state.files[path] = text
        state.hashes[path] = hashlib.sha1(text.encode()).hexdigest()


def _texts(state: SearchState, only: set[str] | None) -> Iterator[tuple[str, str]]:
    """(path, text) of the index's files, or of those of `only`: one at a time, so hashing a
    whole index never holds all its texts."""
    table = state.table[0]
    if len(state.rows) <= SHARD_DOCS:
        terms = {term: _delta(state.postings[term]) for term in sorted(state.postings)}
        docs = [json.loads(row) for row in state.rows]
        index = {"v": VERSION, **_rules(state.aliases), "tags": table, "docs": docs, "terms": terms}
        yield "search/index.json", _json(index)
    else:
        for start in range(0, len(state.rows), DOC_CHUNK):
            path = f"search/docs-{start // DOC_CHUNK}.json"
            if only is None or path in only:
                yield path, "[" + b",".join(state.rows[start : start + DOC_CHUNK]).decode() + "]"
        starts = [0, *(bisect.bisect_left(state.order, b) for b in state.bounds), len(state.order)]
        names = shard_names(state.bounds)
        for number, name in enumerate(names):
            path = f"search/terms-{name}.json"
            if only is None or path in only:
                terms = state.order[starts[number] : starts[number + 1]]
                yield path, _json({term: _delta(state.postings[term]) for term in terms})
        if only is None or "search/index.json" in only:
            manifest = {
                "v": VERSION,
                **_rules(state.aliases),
                "tags": table,
                "count": len(state.rows),
                "chunk": DOC_CHUNK,
                "shards": len(state.bounds) + 1,
                "bounds": state.bounds,
                "names": names,
            }
            yield "search/index.json", _json(manifest)


def _old_codes(postings: Mapping[str, array], docs: list[int]) -> dict[int, dict[str, int]]:
    """Per doc of `docs`, its stems with their codes, found in the postings: by binary search in
    each stem's postings when the docs are few, else in one pass over all of them."""
    found: dict[int, dict[str, int]] = {doc: {} for doc in docs}
    if len(docs) * len(postings) * 4 < sum(len(codes) for codes in postings.values()):
        for term, codes in postings.items():
            for doc in docs:
                at = bisect.bisect_left(codes, doc * 2)
                if at < len(codes) and codes[at] >> 1 == doc:
                    found[doc][term] = codes[at]
    else:
        for term, codes in postings.items():
            for code in codes:
                if code >> 1 in found:
                    found[code >> 1][term] = code
    return found


Records = Callable[[list[int]], Iterable[Record]]  # doc ids -> their records, in that order


def update(
    previous: SearchState | None,
    key: str,
    digests: list[str],
    records: Records,
    tags: Mapping[str, Tag],
    aliases: Mapping[str, Iterable[str]],
) -> SearchState:
    """The index for the articles in doc order (`records(ids)` makes docs' records, `digests[i]`
    is doc i's version). With a `previous` state of the same key, only the edited articles are
    indexed again; of another key, articles whose version it holds are not read again."""
    layout = f"\0{VERSION}\0{SHARD_DOCS}\0{DOC_CHUNK}\0{SHARD_TARGET}\0{SHARD_MAX}\0{KEY_WEIGHT}"
    key = f"{key}{layout}"
    table = alias_table(tags, aliases)
    if previous is not None and previous.key == key and len(previous.digests) == len(digests):
        return _update(previous.copy(), digests, records, tags, table)
    state = SearchState(key, list(digests), {}, [], aliases=table)
    # Of another key (docs came, went or moved, or the tag table changed), records are made
    # again only for versions the previous index does not hold; of another layout, all are.
    same_format = previous is not None and previous.key.endswith(layout)
    known = {d: i for i, d in enumerate(previous.digests)} if previous is not None and same_format else {}
    fresh = [i for i, d in enumerate(digests) if d not in known]
    made = iter(records(fresh))  # made as they are consumed: never all held at once
    reused = _old_codes(previous.postings, [known[d] for d in digests if d in known]) if previous else {}
    names_of = {n: name for name, n in previous.table[1].items()} if previous else {}
    postings: dict[str, array] = {}
    for doc, digest in enumerate(digests):
        if digest not in known:
            record = next(made)
            codes = _codes(record, doc)
            state.rows.append(_row(record, state.table, tags))
        else:
            assert previous is not None
            old = known[digest]
            codes = {term: doc * 2 + (code & 1) for term, code in reused[old].items()}
            url, title, date, ids, pub, text = json.loads(previous.rows[old])
            names = [names_of[n] for n in ids]
            state.rows.append(_json([url, title, date, _tag_ids(state.table, names, tags), pub, text]).encode())
        for term, code in codes.items():
            # Not setdefault, whose default would be a new array for each of 30 million postings at 100,000 articles.
            found = postings.get(term)
            if found is None:
                postings[term] = array("i", (code,))
            else:
                found.append(code)
    state.postings = postings
    state.order = sorted(state.postings)
    state.bounds = shard_bounds(state.order, state.postings)
    _write_files(state, None)
    return state


def _update(
    state: SearchState, digests: list[str], records: Records, tags: Mapping[str, Tag], table: list[list[list[str]]]
) -> SearchState:
    """`state` (a copy: its postings lists shared with the state it was copied from, see `copy`)
    brought up to date in place with the docs whose version changed."""
    edited = list(itertools.compress(range(len(digests)), map(operator.ne, state.digests, digests)))  # in C
    if not edited and state.aliases == table:
        return state
    state.aliases = table
    touched: set[str] = {"search/index.json"}
    changed: set[str] = set()  # stems whose postings changed
    order, postings = state.order, state.postings
    olds = _old_codes(postings, edited)
    own: set[str] = set()  # stems whose postings list is this state's own, copied or new

    def writable(term: str) -> array:
        if term not in own:
            postings[term] = array("i", postings.get(term, ()))
            own.add(term)
        return postings[term]

    for doc, record in zip(edited, records(edited), strict=True):
        old, new = olds[doc], _codes(record, doc)
        for term in old.keys() - new.keys():
            codes = writable(term)
            del codes[bisect.bisect_left(codes, old[term])]
            if not codes:
                del postings[term]
                del order[bisect.bisect_left(order, term)]
                own.discard(term)
        for term, code in new.items():
            if term not in postings:
                bisect.insort(order, term)
                writable(term)
            if old.get(term) == code:
                continue
            codes = writable(term)
            if term in old:
                codes[bisect.bisect_left(codes, old[term])] = code
            else:
                bisect.insort(codes, code)
        changed |= {term for term in old.keys() | new.keys() if old.get(term) != new.get(term)}
        row = _row(record, state.table, tags)
        if row != state.rows[doc]:
            state.rows[doc] = row
            touched.add(f"search/docs-{doc // DOC_CHUNK}.json")
        state.digests[doc] = digests[doc]
    old_bounds = state.bounds
    if changed:
        state.bounds = _resplit(order, postings, old_bounds, changed)
    if len(state.rows) <= SHARD_DOCS:  # one file, whatever the splits
        touched = {"search/index.json"}
    else:
        touched |= _touched_shards(state, old_bounds, changed)
    _write_files(state, touched)
    return state


def _touched_shards(state: SearchState, old_bounds: list[str], changed: set[str]) -> set[str]:
    """The term shards to write again now that `state.bounds` replaced `old_bounds` and the stems
    `changed` changed: those holding a changed stem and those whose range is new. A shard whose
    first stem is no longer a split leaves `state`; the others keep their names and bytes."""
    old_names, names = shard_names(old_bounds), shard_names(state.bounds)
    old_shards = set(zip(old_names, ["", *old_bounds], [*old_bounds, None], strict=True))
    new_shards = zip(names, ["", *state.bounds], [*state.bounds, None], strict=True)
    touched = {f"search/terms-{shard[0]}.json" for shard in new_shards if shard not in old_shards}
    touched |= {f"search/terms-{names[term_shard(state.bounds, t)]}.json" for t in changed}
    for name in set(old_names) - set(names):
        state.files.pop(f"search/terms-{name}.json", None)
        del state.hashes[f"search/terms-{name}.json"]
    return touched


def build_search(
    articles: tuple[Article, ...], tags: Mapping[str, Tag], aliases: Mapping[str, Iterable[str]] | None = None
) -> dict[str, str]:
    """Output path -> text for every search file; sharded when the site is large."""
    digests = [str(i) for i in range(len(articles))]
    found = aliases or {}
    state = update(None, "", digests, lambda ids: [make_record(articles[i], tags, found) for i in ids], tags, found)
    return {path: state.text(path) for path in state.hashes}
