"""Stories: the articles of several outlets about one event, grouped at build time.

Two articles are about one event when they fall within `story_window` days of each other,
share a central tag (one of the first two: ingest lists the most central tags first; or both
have none) and their headlines and ledes (title and summary, else subtitle) are alike: the
cosine similarity of their character-bigram TF-IDF vectors is at least `story_similarity`.
Bigrams of words hold for Korean without a word splitter (딥시크가 and 딥시크의 share 딥시, 시크),
and the weights make a bigram that most articles share (AI, 인공, 기업) count for less than the
words of the event itself (폭락, 수출, 카나나). The names of an article's own tags are left out:
two articles on Nvidia share 엔비디아 whatever happened, so only the rest says whether it is the
same event. A date ingest only guessed (a draft's `date_source: candidate…`) places an article
in no window.

Only pairs that share a central tag within the window are compared (blocking): each tag's
articles are walked in date order and scored against the earlier ones in the window through
the bigrams they share, so the cost grows with the bigrams shared, not with the pairs. Pairs
are then joined strongest first (single linkage) as long as a story spans at most
`story_window` days, so a chain of look-alike headlines cannot grow a story over weeks.

An editor has the last word: `story: <id>` in front matter puts an article in story <id>
(with every article whose slug is <id>, so naming an existing story's id joins it), and
`story: none` keeps it out of every story. Two articles pinned to different ids never share a
story. A copy (`duplicate_of`, written by ingest) is no coverage of its own: it joins no story.

A story's id is its pinned id, else the slug of its earliest article (ties: the source path),
with that article's day when another article has the slug (`_named_id`). A later article joining keeps the
id, so a story's URL stays; an article dated before all the others moves it: pin `story: <id>`
on one member to keep an id for good. Its lead is the
earliest article, the first report of the event; its members are in time order.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from .config import Config
from .content import NO_STORY, Article, load_articles
from .datafiles import TagDef, load_all
from .errors import Problem, SiteError
from .library import build_library
from .words import tokens

CENTRAL_TAGS = 2


@dataclass(frozen=True)
class Story:
    id: str
    lead: str  # source of the lead article (the earliest)
    members: tuple[str, ...]  # sources, oldest first; two or more


@dataclass(frozen=True)
class Copy:
    source: str  # the copy (its `duplicate_of` is set)
    original: str  # source of the article it copies


def by_source(stories: Iterable[Story]) -> dict[str, Story]:
    """Each member's story: what an article page links to."""
    return {source: story for story in stories for source in story.members}


def bigrams(text: str) -> Counter[str]:
    """Character bigrams inside the stems of `text`'s words, particles cut as search cuts them
    (딥시크가 and 딥시크의 both give 딥시, 시크); a one-letter word (美, 中) counts as itself."""
    grams: list[str] = []
    for word in tokens(text):
        grams += [word] if len(word) == 1 else [word[i : i + 2] for i in range(len(word) - 1)]
    return Counter(grams)


def _names(tags: Mapping[str, TagDef]) -> Callable[[str], re.Pattern[str]]:
    """A tag's name and Korean label as one pattern, made once per tag. Not its aliases: they
    hold the company's products (하이퍼클로바X under Naver), which name the event itself."""

    @functools.cache
    def pattern(tag: str) -> re.Pattern[str]:
        known = tags.get(tag)
        names = {tag, known.label} if known else {tag}
        return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)), re.I)

    return pattern


def _headline(article: Article, names: Callable[[str], re.Pattern[str]]) -> str:
    """Title and lede without the names of the article's own tags: the tags already say who is
    involved, the rest of the words say what happened."""
    text = f"{article.title} {article.summary or article.subtitle}"
    for tag in article.tags:
        text = names(tag).sub(" ", text)
    return text


def inputs(articles: Sequence[Article], tags: Mapping[str, TagDef]) -> Iterator[str]:
    """Per article, in order, everything `group` reads of it: two lists that give the same
    strings (under the same settings and tags.yaml) give the same stories. An edit of a tag
    that is not central and not named in the headline changes none of them."""
    names = _names(tags)
    for a in articles:
        candidate = a.date_source.startswith("candidate")
        central = a.tags[:CENTRAL_TAGS]
        read = (a.source, a.date.isoformat(), candidate, central, a.story, a.duplicate_of, a.slug, _headline(a, names))
        yield json.dumps(read, ensure_ascii=False)  # a title may hold any character: no separator is safe


def _vector(grams: Counter[str], idf: dict[str, float]) -> dict[str, float]:
    """The unit TF-IDF vector of one text's bigrams."""
    weights = {g: n * idf[g] for g, n in grams.items()}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {g: w / norm for g, w in weights.items()}


def _window_start(when: dt.datetime, window: dt.timedelta) -> dt.datetime:
    """The earliest time within `window` before `when`; a window reaching back past the
    calendar's first year holds every earlier article."""
    try:
        return when - window
    except OverflowError:
        return dt.datetime.min.replace(tzinfo=when.tzinfo)


def _edges(
    articles: Sequence[Article],
    eligible: list[int],
    vectors: dict[int, dict[str, float]],
    window: dt.timedelta,
    least: float,
) -> set[tuple[float, int, int]]:
    """(similarity, i, j), i < j, of the articles within `window` of each other that share a
    central tag and whose similarity is at least `least` (above 0).

    Each tag's articles are walked in date order, each scored against the earlier ones in its
    window through the bigrams they share (an inverted index), so the cost grows with the
    bigrams shared, not with every pair in the window. A pair's terms are summed in the order of
    the later article's bigrams, which its text fixes: the same sum in every process."""
    by_tag: dict[str | None, list[int]] = defaultdict(list)
    for i in eligible:
        # Articles without tags share their (empty) central tags with each other only.
        for tag in articles[i].tags[:CENTRAL_TAGS] or [None]:
            by_tag[tag].append(i)
    edges: set[tuple[float, int, int]] = set()
    for indices in by_tag.values():
        indices.sort(key=lambda i: articles[i].date)
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)  # bigram -> (article, weight), by date
        first: dict[str, int] = defaultdict(int)  # bigram -> its first posting still in the window
        for j in indices:
            since = _window_start(articles[j].date, window)
            scores: dict[int, float] = {}
            for gram, weight in vectors[j].items():
                posted = postings[gram]
                at = first[gram]
                while at < len(posted) and articles[posted[at][0]].date < since:
                    at += 1
                first[gram] = at
                for k in range(at, len(posted)):
                    i, other = posted[k]
                    scores[i] = scores.get(i, 0.0) + weight * other
                posted.append((j, weight))
            edges.update((score, min(i, j), max(i, j)) for i, score in scores.items() if score >= least)
    return edges


def find_copies(articles: Sequence[Article]) -> tuple[tuple[Copy, ...], list[Problem]]:
    """Every copy among `articles`, by source; a problem for one whose original is not among them."""
    sources = {a.source for a in articles}
    copies = tuple(
        Copy(a.source, a.source.rsplit("/", 1)[0] + "/" + a.duplicate_of)
        for a in sorted(articles, key=lambda a: a.source)
        if a.duplicate_of
    )
    problems = [
        Problem(c.source, None, f"duplicate_of names {c.original.rsplit('/', 1)[-1]}, not an article there")
        for c in copies
        if c.original not in sources
    ]
    return copies, problems


def group(articles: Sequence[Article], config: Config, tags: Mapping[str, TagDef]) -> tuple[Story, ...]:
    """The stories of two or more articles among `articles` (those the build publishes),
    newest lead first; none when the `stories` setting is off. `tags` (content/tags.yaml) gives
    the names a tag goes by in text."""
    if not config.stories:
        return ()
    eligible = [i for i, a in enumerate(articles) if not a.duplicate_of and a.story != NO_STORY]
    window = dt.timedelta(days=config.story_window)
    dated = [i for i in eligible if not articles[i].date_source.startswith("candidate")]
    names = _names(tags)
    grams = {i: bigrams(_headline(articles[i], names)) for i in eligible}
    df: Counter[str] = Counter()
    for counts in grams.values():
        df.update(counts.keys())
    idf = {g: math.log((1 + len(grams)) / (1 + n)) + 1 for g, n in df.items()}
    vectors = {i: _vector(grams[i], idf) for i in dated}
    edges = sorted(
        _edges(articles, dated, vectors, window, config.story_similarity),
        key=lambda e: (-e[0], articles[e[1]].source, articles[e[2]].source),
    )
    return _stories(articles, eligible, edges, window)


def _stories(
    articles: Sequence[Article], eligible: list[int], edges: Iterable[tuple[float, int, int]], window: dt.timedelta
) -> tuple[Story, ...]:
    parent = {i: i for i in eligible}
    pins: dict[int, str] = {}  # root -> pinned id
    span: dict[int, tuple[dt.datetime, dt.datetime]] = {i: (articles[i].date, articles[i].date) for i in eligible}
    pinned_span: dict[int, dt.timedelta] = {}  # root -> span of its pinned members (an editor's choice)

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = root(i), root(j)
        if a != b:
            parent[b] = a
            span[a] = (min(span[a][0], span[b][0]), max(span[a][1], span[b][1]))
            if b in pins:
                pins[a] = pins.pop(b)
            pinned_span[a] = max(pinned_span.pop(a, dt.timedelta()), pinned_span.pop(b, dt.timedelta()))

    # A pin brings along the article its id names: the one of that slug (when no other has it),
    # or the one of that slug and day (the id a story of a shared slug is shown under).
    # (Drafts, which a preview shows and the site does not, are left out: the two give one id.)
    slugs = Counter(articles[i].slug for i in eligible if not articles[i].draft)
    by_pin: dict[str, list[int]] = defaultdict(list)
    for i in eligible:
        if articles[i].story:
            by_pin[articles[i].story].append(i)
    for i in eligible:
        if not articles[i].story and (named := _named_id(articles[i], slugs)) in by_pin:
            by_pin[named].append(i)
    for pin, members in by_pin.items():
        for i in members[1:]:
            union(members[0], i)
        first = root(members[0])
        pins[first] = pin
        pinned_span[first] = span[first][1] - span[first][0]
    for _, i, j in edges:
        a, b = root(i), root(j)
        if a == b or (a in pins and b in pins):
            continue
        merged = max(span[a][1], span[b][1]) - min(span[a][0], span[b][0])
        if merged <= max(window, pinned_span.get(a, window), pinned_span.get(b, window)):
            union(a, b)

    groups: dict[int, list[int]] = defaultdict(list)
    for i in eligible:
        groups[root(i)].append(i)
    found = []
    for key, members in groups.items():
        if len(members) < 2:
            continue
        members.sort(key=lambda i: (articles[i].date, articles[i].source))
        found.append((pins.get(key, ""), [articles[i] for i in members]))
    found.sort(key=lambda f: (f[1][0].date, f[1][0].source))
    taken = {pin for pin, _ in found if pin} | set(slugs)
    stories = []
    for pin, members in found:
        lead = members[0]
        story_id = pin or _named_id(lead, slugs)
        if not pin and story_id != lead.slug:  # (two leads of one slug on one day: another id)
            story_id = _free(story_id, taken)
        taken.add(story_id)
        stories.append(Story(story_id, lead.source, tuple(a.source for a in members)))
    stories.reverse()
    return tuple(stories)


def _named_id(article: Article, slugs: Counter[str]) -> str:
    """The id a story led by `article` is shown under: its slug, or, when another article shares
    the slug ('ai', hand-written), the slug and its day ('ai-20250110'), so that an id names one
    article and a pin of it brings along no other."""
    return article.slug if slugs[article.slug] == 1 else f"{article.slug}-{article.date:%Y%m%d}"


def _free(name: str, taken: set[str]) -> str:
    """`name`, or `name-2`, `name-3`… when a story or an article has it (two leads of one slug on
    one day: only where the permalink has no day)."""
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name}-{n}"
    return candidate


def command(config: Config, *, as_json: bool = False) -> int:
    """`build.py stories`: every story of two or more articles and every copy, with their files."""
    articles, problems = load_articles(config)
    library, more = build_library(articles, config)
    copies, missing = find_copies(articles)  # copies are drafts: looked for among all articles
    if problems + more:
        raise SiteError(problems + more)
    data, more = load_all(config.content_dir, config.root)
    if more:
        raise SiteError(more)
    stories = group(library.articles, config, data.tags)
    known = {a.source: a for a in articles}

    def entry(source: str) -> dict[str, str]:
        a = known[source]
        return {"source": source, "date": a.date.isoformat(), "publisher": a.publisher, "title": a.title}

    if as_json:
        found = {
            "stories": [{"id": s.id, "lead": s.lead, "members": [entry(m) for m in s.members]} for s in stories],
            "copies": [{**entry(c.source), "duplicate_of": c.original} for c in copies],
        }
        print(json.dumps(found, ensure_ascii=False, indent=2))
    else:
        for story in stories:
            print(f"story {story.id} ({len(story.members)} articles)")
            for source in story.members:
                a = known[source]
                mark = "*" if source == story.lead else " "
                print(f"  {mark} {a.date.date().isoformat()}  {source}  {a.publisher or '-'}  {a.title}")
        for copy in copies:
            outlets = ", ".join(known[copy.original].also_at) if copy.original in known else ""
            print(f"copy {copy.source} of {copy.original}" + (f" (also_at: {outlets})" if outlets else ""))
        state = "" if config.stories else " (stories are off in site.yaml)"
        counted = f"{len(stories)} {'story' if len(stories) == 1 else 'stories'} of 2 or more articles"
        print(f"stories: {counted}, {len(copies)} {'copy' if len(copies) == 1 else 'copies'}{state}")
    for problem in missing:
        print(f"warning: {problem}", file=sys.stderr)
    return 0
