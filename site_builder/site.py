"""Orchestration: load -> plan -> render the pages whose inputs changed -> write -> prune.

Rendering streams each file into a staging folder next to the output, in parallel on every
core. A first build then swaps the staging folder in whole; a rebuild brings the output's
shadow up to date with the files whose bytes changed and exchanges it with the output in one
step (write.publish). Nothing in the output folder changes unless every page rendered and was
written (a full disk included), and it is never a mix of two sites.
"""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import errno
import gc
import hashlib
import itertools
import json
import operator
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2

from . import __version__, code_digest, datafiles, markdown, parallel, search, share, stories, templates, write
from . import state as state_mod
from .config import CACHE_DIR, CONFIG_FILE, Config, setting_line
from .content import (
    RACY_NS,
    VANISHED,
    Article,
    Listing,
    ParseCache,
    Relisted,
    clock,
    list_articles,
    refresh,
    unread,
    with_body,
)
from .errors import Problem, SiteError, display_path, files_under, scratch
from .library import Dated, Library, build_library, dated_ahead, published_ranks, still_ahead
from .pages import TEMPLATES, Getter, fingerprint, plan, resolve
from .session import Session
from .state import BuildState, Plan
from .taxonomy import Tag, build_taxonomy, misspelt_tags


@dataclass
class BuildResult:
    state: BuildState
    articles: int
    outputs: int
    rendered: int
    written: int
    removed: int
    seconds: float
    warnings: list[Problem]
    size: int = 0  # bytes in the site's files (their apparent size), counted as they were rendered
    excerpts: int = 0  # articles older than the newest `full_text` published ones (Config.excerpt)
    # What this build did to the output folder (files set aside, a shadow not kept): said once,
    # where `warnings` are the site's own, which a build that changes nothing says again.
    notices: list[Problem] = dataclasses.field(default_factory=list)
    ahead: Dated = dataclasses.field(default_factory=list)  # more of the site's warnings: said while they hold

    def all_warnings(self) -> list[Problem]:
        """The site's warnings as of now, then what this build did to the output folder."""
        return [*self.warnings, *still_ahead(self.ahead), *self.notices]

    def summary(self) -> str:
        return (
            f"{self.articles} articles read, {self.outputs} files in site ({megabytes(self.size)}), "
            f"{self.rendered} rendered, {self.written} written, {self.removed} removed, "
            f"{len(self.all_warnings())} warnings, {self.seconds * 1000:.0f} ms"
        )


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:,.1f} MB"


# From this many articles on, the plan and the story grouping are made in a forked child: what
# they allocate on the way (the page contexts of 100,000 articles take gigabytes) is given back
# when the child ends, instead of staying in the heap every rendering worker then shares.
LARGE = 20_000

# Up to this many edited articles, a rebuild finds each one's place by a scan (in C) of the list
# of articles, instead of making a table of all of them.
FEW_EDITS = 16

# GitHub Pages publishes a site of at most 1 GB (docs.github.com, "GitHub Pages limits").
PAGES_LIMIT = 1_000_000_000


Renderer = Callable[[], bytes]  # makes one file of the site


def static_files(config: Config) -> dict[str, Path]:
    """Theme assets, then the site's own static/ folder (which wins on a clash)."""
    found: dict[str, Path] = {}
    for folder in (config.theme_dir / "static", config.root / "static"):
        for path in files_under(folder, config.root, config.output_dir):
            found["static/" + path.relative_to(folder).as_posix()] = path
    # A file of one folder where the other has a folder ('static/style.css/' over the theme's
    # style.css): the site cannot hold both.
    clashes = [
        Problem(
            display_path(path, config.root), None, f"'{folder}' is a file in one static folder, a folder in the other"
        )
        for rel, path in found.items()
        for folder in itertools.accumulate(rel.split("/")[:-1], lambda a, b: f"{a}/{b}")
        if folder in found
    ]
    if clashes:
        raise SiteError(clashes)
    return found


ROOT_FILES = "root_files"


def root_files(config: Config) -> dict[str, Path]:
    """The site's files to publish at its root as they are, from root_files/: a search engine's
    verification file, ads.txt, .well-known/. Static files go under /static/; these keep the
    address a service asks for."""
    folder = config.root / ROOT_FILES
    return {path.relative_to(folder).as_posix(): path for path in files_under(folder, config.root, config.output_dir)}


def _root_clashes(
    config: Config, roots: dict[str, Path], pages: Mapping[str, int], fixed: Mapping[str, bytes]
) -> list[Problem]:
    """A file of root_files/ where the site has a page or a file of its own, or where either needs
    a folder ('index.html', 'tags', 'static/style.css'). Looked up, not listed: a preview's
    rebuild at 100,000 pages cannot list their folders (most of a second)."""
    problems = []
    for rel, path in roots.items():
        steps = itertools.accumulate(rel.split("/")[:-1], lambda a, b: f"{a}/{b}")
        taken = rel in pages or rel in fixed or f"{rel}/index.html" in pages  # (a page is a folder's index.html)
        # ... or a file the build writes beside them: the search index and its parts, however
        # many there are this time ('search/docs-3.json'), and the output's marker.
        taken = taken or rel == write.MARKER or bool(re.fullmatch(r"search/[^/]+\.json", rel))
        if (
            taken
            or any(step in pages or step in fixed for step in steps)
            or any(k.startswith(f"{rel}/") for k in fixed)
        ):
            reason = "the site makes a file or folder of this name itself; rename it"
            problems.append(Problem(display_path(path, config.root), None, reason))
    return problems


def make_plan(
    config: Config,
    library: Library,
    data: datafiles.DataFiles,
    structure: str,
    grouped: tuple[stories.Story, ...],
    fonts: share.Fonts | None,
    packed: bool = False,
    previous: Plan | None = None,
) -> Plan:
    """The plan; `packed`: its contexts already pickled (state.Plan), as a large site's must be.
    `previous`: the last build's plan, whose pickled chunks the new one takes where they are alike."""
    taxonomy, warnings = build_taxonomy(library, data, config, grouped)
    # Said when the plan is made: a plan kept while its structure stands keeps it (the dated ones, until
    # their moment passes).
    if config.share_images and fonts is None:
        warnings = [*warnings, share.missing_fonts(config)]
    pages = plan(config, library, taxonomy, fonts)
    memo: dict[int, Any] = {}  # valid while `pages` keeps every context alive
    prints = [fingerprint(page.context, memo) for page in pages]
    named = [sources for _, sources in prints]
    contexts = [p.context for p in pages]
    made = Plan(
        structure=structure,
        paths=[p.path for p in pages],
        templates=[p.template for p in pages],
        contexts=[context for context, _ in prints],
        warnings=warnings,
        tags=taxonomy.tags,
        packed=[],
        packed_named=[],
        users=state_mod.users(named),
        live=(contexts, named),
        ahead=dated_ahead(library.refs, config),
        base=previous if previous is not None and previous.packed else None,  # a plan loaded from the cache
    )
    if packed:
        made.packed, made.packed_named = state_mod.pack_pages(made, contexts, named)
        made.live = made.base = None
    return made


def _renderer(env: jinja2.Environment, template: str, page: int, site_plan: Plan, get: Getter) -> Callable[[], bytes]:
    """The page's renderer; its context is unpickled where it renders (in a worker, most often)."""
    if template == share.TEMPLATE:
        return lambda: share.render(resolve(site_plan.context(page), get))
    return lambda: templates.render(env, template, resolve(site_plan.context(page), get)).encode()


def environment(config: Config, key: str, session: Session) -> jinja2.Environment:
    """One Jinja environment per project and build key, so templates compile once per session;
    across processes Jinja's bytecode cache in .cache/ saves the compiling."""
    name = f"{config.root}\0{key}"
    env = session.environments.get(name)
    if env is None:
        env = templates.make_env(config, config.cache_dir / "jinja")
        env.filters["markdown"] = lambda source: markdown.to_html(source, config.base_path, session.html)
        session.environments.put(name, env)
    return env


def group_stories(
    config: Config, library: Library, data: datafiles.DataFiles, previous: BuildState | None
) -> tuple[str, tuple[stories.Story, ...]]:
    """The stories of `library` with the key of what grouping read: the settings, the tags'
    names and what grouping reads of every published article (stories.inputs: headline, lede,
    date, central tags, `story`). Grouping 100,000 articles takes a quarter of a minute, so it
    runs only when that key changed: a body edit, no edit, or an edit of a tag grouping does not
    read reuses the previous build's grouping."""
    key = hashlib.sha1(
        "\0".join([config.digest(), fingerprint(data.tags)[0], *stories.inputs(library.articles, data.tags)]).encode()
    ).hexdigest()
    if previous and previous.stories[0] == key:
        return previous.stories
    return key, parallel.in_child(
        lambda: stories.group(library.articles, config, data.tags), len(library.refs) >= LARGE
    )


def empty_site(config: Config, articles: list[Article]) -> Problem:
    """Why there is nothing to publish, and how to build anyway."""
    folder = display_path(config.content_dir / "articles", config.root)
    if not config.content_dir.is_dir():
        where = "site.yaml's 'content'" if config.content != "content" else "the default 'content'"
        return Problem(
            display_path(config.content_dir, config.root),
            None,
            f"no such folder ({where}): run ingest, or set 'content' in site.yaml to the folder of your articles",
        )
    if len(articles) == 1:
        return Problem(folder, None, "the only article is a draft; use --drafts or --allow-empty")
    if articles:  # all drafts, and drafts are left out
        return Problem(folder, None, f"all {len(articles)} articles are drafts; use --drafts or --allow-empty")
    return Problem(folder, None, "no articles to publish; add some, or use --allow-empty to build an empty site")


@dataclass
class Made:
    """What a build's articles make of the site: its plan and what decided it."""

    parsed: ParseCache
    data: datafiles.DataFiles
    plan: Plan
    digests: dict[str, tuple[str, str]]  # published article's source -> (front matter, file) hashes
    sources: list[str]  # the published articles, newest first: the search index's doc order
    places: list[str]  # per article of `sources`: "url:date:tags with a page", all its search record shows but the file
    ranks: list[int]  # per article of `sources`: its place among the published (library.published_ranks)
    parts: tuple[str, str]  # (library structure, grouping hash): with the settings, data and fonts, the plan's key
    grouped: tuple[str, tuple[stories.Story, ...]]  # group_stories()
    search_key: str  # search.layout_key(): the search index's docs in order and its tag table
    article: Callable[[str], Article]  # a published article by source, without its body
    edited: set[str] | None = None  # the articles whose `digests` differ from the last build's (None: not known)


def _site_of(
    config: Config,
    previous: BuildState | None,
    session: Session,
    jobs: int,
    allow_empty: bool,
    listing: Listing | Relisted | None,
) -> Made:
    """Reads the articles and plans the site, or reuses the last build's plan when the structure
    it was made from stands. Raises SiteError when any content file is bad, or when no article is
    to be published and `allow_empty` is false."""
    # A parsed article holds its URL and dates, which depend on the settings (permalink,
    # timezone): parsed copies are reused only under the settings they were parsed with.
    parsed = previous.parsed.copy() if previous and previous.parsed_for == config.digest() else ParseCache()
    data, problems = datafiles.load_all(config.content_dir, config.root)
    names, edits, found = refresh(config, parsed, jobs, listing=listing)
    problems += found
    # The share images' font is part of the plan (their contexts name it): a new font makes a new plan.
    fonts = share.find_fonts(config) if config.share_images else None

    def structure(parts: tuple[str, str]) -> str:
        shown = (__version__, config.digest(), fingerprint(data)[0], parts[0], fonts.digest if fonts else "", parts[1])
        return hashlib.sha1("\0".join(shown).encode()).hexdigest()

    # Only bodies edited (every changed file keeps its front matter, no file came or went): the
    # articles' order, URLs, tags and grouping stand, and so does the plan, when nothing else it
    # was made from changed. A large site's edit then neither reads nor sorts every article.
    old_plan = previous.plan if previous else None
    bodies = _bodies_edited(previous, parsed, edits) if old_plan and previous and not problems else None
    if previous and old_plan and bodies is not None and structure(previous.parts) == old_plan.structure:
        return Made(
            parsed,
            data,
            old_plan,
            bodies[0],
            previous.sources,
            previous.places,
            previous.ranks,
            previous.parts,
            previous.stories,
            previous.search_key,
            lambda source: _cached(parsed, source),
            edited=bodies[1],
        )

    articles = [article for article in map(parsed.get, names) if article is not None]
    library, found = build_library(articles, config, session.refs)
    problems += found + misspelt_tags(library, data, config)
    if problems:
        raise SiteError(problems)
    if not library.articles and not allow_empty:
        raise SiteError([empty_site(config, articles)])
    # The grouping decides which entries the timelines show and which story pages exist, yet it
    # reads titles and ledes, which no Ref holds: so it is part of the structure.
    grouped = group_stories(config, library, data, previous)
    parts = library.structure, hashlib.sha1(repr(grouped[1]).encode()).hexdigest()
    key = structure(parts)
    if old_plan is not None and old_plan.structure == key:
        site_plan = old_plan
    elif len(library.refs) < LARGE:
        site_plan = make_plan(config, library, data, key, grouped[1], fonts, previous=old_plan)
    else:

        def planned() -> Plan | list[Problem]:
            try:
                return make_plan(config, library, data, key, grouped[1], fonts, packed=True, previous=old_plan)
            except SiteError as exc:  # an exception's own pickle would not carry its problems
                return exc.problems

        child = parallel.in_child(planned)
        if isinstance(child, list):
            raise SiteError(child)
        site_plan = child
    by_source = library.by_source()
    return Made(
        parsed,
        data,
        site_plan,
        {a.source: (a.meta_digest, a.digest) for a in library.articles},
        [ref.source for ref in library.refs],
        [f"{ref.url}:{ref.date.isoformat()}:{_known(ref.tags, site_plan.tags)}" for ref in library.refs],
        published_ranks(library.refs),
        parts,
        grouped,
        search.layout_key([(ref.source, ref.tags) for ref in library.refs], site_plan.tags),
        by_source.__getitem__,
    )


def _known(names: tuple[str, ...], tags: dict[str, Tag]) -> str:
    """Those of an article's tags that have a page: which do depends on the other articles too (a
    tag whose slug another took has none), and the search record shows and indexes only those."""
    return json.dumps([name for name in names if name in tags], ensure_ascii=False)


def _bodies_edited(
    previous: BuildState, parsed: ParseCache, edits: dict[str, Article | None]
) -> tuple[dict[str, tuple[str, str]], set[str]] | None:
    """The published articles' hashes, and the articles whose hashes changed, when every file that
    changed since `previous` kept its front matter (parsed under the same settings, an article
    is its front matter and its file name, but for the body); None when any file changed more,
    came or went."""
    if not previous.sources:
        return None
    digests = dict(previous.digests)
    edited = set()
    for name, before in edits.items():
        after = parsed.get(name)
        if before is None or after is None or after.meta_digest != before.meta_digest:
            return None
        now = after.meta_digest, after.digest
        if digests.get(after.source, now) != now:
            digests[after.source] = now
            edited.add(after.source)
    return digests, edited


def _cached(parsed: ParseCache, source: str) -> Article:
    article = parsed.get(source.rpartition("/")[2])
    assert article is not None, source  # a published article's file is in the cache
    return article


@contextlib.contextmanager
def _parsing(config: Config, template: str) -> Iterator[None]:
    """A site's own template that does not parse, or is not UTF-8, as a Problem naming its file and line."""
    try:
        yield
    except jinja2.TemplateError as exc:
        raise SiteError([templates.error_problem(exc, config, template)]) from None
    except UnicodeDecodeError as exc:
        raise SiteError([templates.undecodable_problem(exc, config, template)]) from None


def collect_outputs(
    config: Config,
    previous: BuildState | None,
    session: Session,
    jobs: int = 1,
    allow_empty: bool = True,
    listing: Listing | Relisted | None = None,
) -> tuple[BuildState, Callable[[str], Renderer], Callable[[], list[str]], int, set[str] | None]:
    """The new state with the input fingerprint of every file but the search index's, a function that
    makes a file's renderer from its path, one that adds the search index's files to the state
    and lists them, the article count, and the files whose inputs were worked out again (None:
    all; the others' are the last build's, made with the same plan). `listing`: the articles'
    files as the caller just found them (list_articles). Raises SiteError when any content file
    is bad, or when no article is to be published and `allow_empty` is false."""
    made = _site_of(config, previous, session, jobs, allow_empty, listing)
    site_plan, digests, sources, data = made.plan, made.digests, made.sources, made.data
    reuse_plan = previous is not None and previous.plan is site_plan
    key = hashlib.sha1(
        f"{__version__}\0{config.digest()}\0{templates.templates_digest(config)}\0{markdown.SETTINGS}".encode()
    ).hexdigest()
    state = BuildState(
        key=key,
        parsed=made.parsed,
        parsed_for=config.digest(),
        digests=digests,
        plan=site_plan,
        stories=made.grouped,
        sources=sources,
        places=made.places,
        ranks=made.ranks,
        parts=made.parts,
        search_key=made.search_key,
    )

    # A page whose template shows bodies tracks every article's whole file, whatever the plan
    # marked: a site's own template (a full-content feed) may show bodies the theme's does not.
    env = environment(config, key, session)
    # Which templates show bodies, kept while the key (settings, templates) holds: finding out
    # parses each template, which would cost every rebuild of the preview a fifth of a second.
    full = state.bodies = dict(previous.bodies) if previous and previous.key == key else {}

    def shows_bodies(template: str) -> bool:
        if template not in full:
            with _parsing(config, template):
                full[template] = template != share.TEMPLATE and templates.reads_bodies(env, template)
        return full[template]

    # A theme of the site's own holds every page's template: each one it lacks is named at once, the
    # ones no page of the site uses yet too.
    if missing := templates.missing(env, TEMPLATES):
        raise SiteError(templates.missing_problems(config, missing))
    # Asked of every template now: the pages' renderers are made in the workers, which must not
    # be the first to find that a template does not parse.
    for template in dict.fromkeys(site_plan.templates):
        shows_bodies(template)
    # A search record holds what the article's page shows: an article.html of the site's own that
    # ignores `excerpt` shows older articles in full, and the search finds them in full.
    with _parsing(config, "article.html"):
        follows = templates.reads_excerpt(env)

    def excerpt(i: int) -> bool:
        return config.excerpt(made.ranks[i]) if follows else config.article_body == "excerpt"

    # With the same plan, only pages naming an article whose hashes changed need new inputs; after
    # a body edit, not those that name it without its body (a listing: its title, date, tags).
    stale: Iterable[int] = range(len(site_plan.paths))
    changed: set[str] = set()
    anew: set[str] | None = None
    if reuse_plan and previous:
        changed = made.edited if made.edited is not None else set(state_mod.changed_keys(previous.digests, digests))
        # The same plan made the last inputs: its pages first, in its order, then the few other files.
        state.inputs = _first(previous.inputs, len(site_plan.paths))
        stale = sorted(
            {
                i
                for s in changed
                for i, body in site_plan.pages_naming(s)
                if body or shows_bodies(site_plan.templates[i]) or previous.digests[s][0] != digests[s][0]
            }
        )
        anew = {site_plan.paths[i] for i in stale}
    for i in stale:
        shows = shows_bodies(site_plan.templates[i])
        named = [digests[source][body or shows] for source, body in site_plan.named(i)]
        parts = [site_plan.templates[i], site_plan.contexts[i], *named]
        state.inputs[site_plan.paths[i]] = hashlib.sha1("\0".join(parts).encode()).hexdigest()

    statics = static_files(config)
    index = site_plan.positions()
    # A static file must not take a page's place, nor stand where a page needs a folder (an
    # article with slug 'static' under /{slug}/). Pages under static/ are few: most sites have none.
    under = [page for page in index if page.startswith("static/")]

    def whose(page: str) -> str:  # (an article's page is named by its file, which makes its address)
        article = (
            site_plan.context(index[page]).get("article")
            if site_plan.templates[index[page]] == "article.html"
            else None
        )
        return f" (the article {article.source})" if article else ""

    clashes = [
        Problem(
            display_path(path, config.root),
            None,
            f"takes the place of the page /{page}{whose(page)}; rename it or the page",
        )
        for rel, path in statics.items()
        for page in under
        if page == rel or page.startswith(rel + "/")
    ]
    fixed = {rel: path.read_bytes() for rel, path in statics.items()}
    fixed[".nojekyll"] = b""
    if config.domain:
        fixed["CNAME"] = (config.domain + "\n").encode()
    roots = root_files(config)
    clashes += _root_clashes(config, roots, index, fixed)
    if clashes:
        raise SiteError(clashes)
    fixed.update((rel, path.read_bytes()) for rel, path in roots.items())
    for rel, data_bytes in fixed.items():
        state.inputs[rel] = write.file_hash(data_bytes)
    if anew is not None:
        anew |= fixed.keys()

    def get(source: str, body: bool) -> Article:
        # Bodies are read when a page or the search index needs one, never all kept at once; the
        # pages near each other in the plan name the same articles (neighbours, related ones).
        article = made.article(source)
        if not body:
            return article
        # Only the body is kept between builds: the article's other fields (its URL, its date in
        # the site's zone) are this build's, whose settings may have changed since.
        text = session.bodies.get(f"{article.source}\0{article.digest}")
        if text is not None:
            return dataclasses.replace(article, body=text)
        full = with_body(article, config)
        session.bodies.put(f"{full.source}\0{full.digest}", full.body)
        return full

    def update_search() -> search.SearchState:
        if state.search is None:
            aliases = {name: d.aliases for name, d in data.tags.items()}
            data_print = fingerprint(data)[0]

            def version(i: int) -> str:
                # A record shows the URL and the local date, and holds the body's words the page shows
                # (all or an excerpt): they depend on settings and the article's rank as well as the file.
                return f"{digests[sources[i]][1]}:{made.places[i]}:{data_print}:{excerpt(i)}"

            # With the plan kept, an article's version changes only with its file: after a few edits
            # the last index's versions (of this process: a saved index is not trusted so) are
            # patched, where making all again would cost the preview a tenth of a second.
            last = previous.search if reuse_plan and previous else None
            if last is not None and len(changed) <= FEW_EDITS and len(last.digests) == len(sources):
                versions = list(last.digests)
                for i in map(sources.index, changed):
                    versions[i] = version(i)
            else:
                versions = [version(i) for i in range(len(sources))]
            earlier = previous.search if previous else None
            if previous and earlier is None:
                state.search_loaded = state_mod.load_search(config)
                earlier = state.search_loaded[0] if state.search_loaded else None

            def record(i: int) -> search.Record:
                return search.make_record(get(sources[i], True), site_plan.tags, aliases, excerpt(i))

            # Reading every body and its words is most of the index's work: on every core.
            state.search = search.update(
                earlier,
                made.search_key,
                versions,
                lambda ids: parallel.fork_iter(record, ids, jobs, session.in_worker),
                site_plan.tags,
                aliases,
            )
            state.search_updated = True
        return state.search

    def search_outputs() -> list[str]:
        """Brings the search index up to date; its files' paths."""
        if reuse_plan and previous and not changed and previous.search_hashes:
            state.search, state.search_hashes = previous.search, previous.search_hashes
        else:
            state.search_hashes = dict(update_search().hashes)
        state.inputs.update(state.search_hashes)
        return list(state.search_hashes)

    def renderer(path: str) -> Renderer:
        if path in fixed:
            return lambda: fixed[path]
        if path in state.search_hashes:
            return lambda: update_search().text(path).encode()
        i = index[path]
        shows = shows_bodies(site_plan.templates[i])
        return _renderer(env, site_plan.templates[i], i, site_plan, (lambda s, _: get(s, True)) if shows else get)

    return state, renderer, search_outputs, len(sources), anew


# -- rendering, on every core ----------------------------------------------------------------


def render_outputs(
    paths: list[str],
    renderer: Callable[[str], Renderer],
    staging: Path,
    old_hashes: dict[str, str],
    config: Config,
    jobs: int,
    twin: Path | None = None,
    start: Callable[[], None] | None = None,
    here: frozenset[str] = frozenset(),
) -> tuple[dict[str, tuple[str, int]], set[str], list[Problem]]:
    """Render the files at `paths` on `jobs` cores, writing each whose bytes changed into the
    staging folder (and linking it into `twin`). (hash and size of every file, paths written to
    staging, errors). `start` runs first in each worker. Each file's renderer (`renderer`) is
    made where the file renders: 113,000 closures made here would be 60 MB that every worker
    copies as it reads them. The files of `here` are made in this process once the workers ended: made
    from what this process holds (the search index's 50 MB of rows), in a worker they would
    copy it. A file that cannot be written raises write.WriteError: on a full disk every other
    file would fail the same way."""
    out_shown = write.shown(config.output_dir, config.root)
    made: set[str] = set()  # folders made in staging and twin: each worker fills its own copy

    def render(path: str) -> tuple[str, int, bool] | Problem:
        make = renderer(path)
        try:
            data = make()
        except (jinja2.TemplateError, TypeError, ValueError, AttributeError, KeyError) as exc:
            return templates.error_problem(exc, config, path)
        except Exception as exc:
            # Whatever a site's own template raises ({{ 1/0 }}, an include of itself) is the
            # site's problem; raised outside any template (a bug, a file gone), it goes on as it was.
            if templates.template_frame(exc) is None:
                raise
            return templates.error_problem(exc, config, path)
        digest = write.file_hash(data)
        changed = old_hashes.get(path) != digest
        if changed:
            write.stage(staging, path, data, out_shown, twin, made)
        return digest, len(data), changed

    hashes: dict[str, tuple[str, int]] = {}
    written: set[str] = set()
    errors: list[Problem] = []
    spread = [path for path in paths if path not in here]
    if parallel.spreads(len(spread), jobs):
        # Feeds and the sitemap list many articles each: rendered first, so the cores do not end
        # the build with one of them while the other core has nothing left to do. Rendered here,
        # the files keep plan order, which opens each chunk of the plan once.
        spread.sort(key=lambda path: not path.endswith(".xml"))
    results = itertools.chain(
        zip(spread, parallel.fork_iter(render, spread, jobs, start), strict=True),
        ((path, render(path)) for path in paths if path in here),
    )
    for path, result in results:
        if isinstance(result, Problem):
            errors.append(result)
            continue
        digest, size, was_written = result
        hashes[path] = digest, size
        if was_written:
            written.add(path)
    return hashes, written, sorted(set(errors))


# -- the build --------------------------------------------------------------------------------


def build(
    config: Config,
    previous: BuildState | None = None,
    jobs: int | None = None,
    *,
    own_output: bool = False,
    allow_empty: bool = True,
    session: Session | None = None,
    listing: Listing | Relisted | None = None,
    looked: Looked | None = None,
) -> BuildResult:
    """Build the site. With `previous`, re-render only pages whose inputs changed and replace
    only files whose bytes changed. Raises SiteError, leaving the output untouched, when any
    input or template is bad, the output folder is not the build's (write.check_output_dir),
    a file cannot be written, or (unless `allow_empty`) there is no article to publish.
    `own_output` says nobody else writes to the output folder (the preview server's private
    folder), which spares checking what is in it. `session`: the caches kept from the
    previous build of this process (a new one when None). `listing`: the articles' files as
    the caller just found them (content.list_articles, or a content.Relisted), not looked up again; `looked`: the
    output's folders and their Stats, as the caller just found them (write.folder_stats)."""
    # A plan holds millions of small objects and a build makes no reference cycles worth
    # collecting: without this, collector passes over the plan cost more than the rebuild.
    collecting = gc.isenabled()
    gc.disable()
    # Whether the shadow is still as it was made, found on the other core while the build plans
    # (100,000 folders at 100,000 articles): only then does publishing start from it.
    shadow = previous.shadow if previous is not None and not own_output else None
    found = previous.shadow_stats if previous is not None else None
    intact = parallel.in_background(lambda: write.shadow_intact(config.output_dir, found)) if shadow else None
    try:
        write.check_output_dir(config, own_output)
        with contextlib.ExitStack() as held:
            try:
                held.enter_context(state_mod.output_locked(config.output_dir))
            except OSError as exc:
                raise SiteError([_unwritable_place(config, exc)]) from None
            session = session or Session()
            return _build(config, previous, jobs, own_output, allow_empty, session, listing, looked, intact)
    finally:
        if intact is not None:
            intact()  # the child ends here, whatever happened
        if collecting:
            gc.enable()


def _unwritable_place(config: Config, exc: OSError) -> Problem:
    """The folder holding the output cannot be written (a read-only checkout, another user's
    project): the build's lock, and the new site before it takes the old one's place, go there."""
    parent = config.output_dir.resolve().parent
    where = "the project folder" if parent == config.root.resolve() else display_path(parent, config.root)
    return Problem(
        display_path(config.output_dir, config.root),
        None,
        f"cannot write in {where} ({exc.strerror or exc}), where the build puts the new site beside"
        " the output folder; build into a folder you can write: --output DIR, or `output:` in site.yaml",
    )


def _build(
    config: Config,
    previous: BuildState | None,
    jobs: int | None,
    own_output: bool,
    allow_empty: bool,
    session: Session,
    listing: Listing | Relisted | None,
    looked: Looked | None,
    intact: Callable[[], bool] | None,
) -> BuildResult:
    started = time.perf_counter()
    leftovers = write.remove_leftovers(config.output_dir)
    jobs = jobs or parallel.cores()
    state, renderer, search_outputs, article_count, anew = collect_outputs(
        config, previous, session, jobs, allow_empty, listing
    )
    out = config.output_dir
    # Files the last build wrote are compared by hash even when every page must be rendered
    # again (a template or setting changed), so identical files are never rewritten. A link
    # inside the folder could lead a write or a removal elsewhere: then the whole folder is
    # swapped, and the link leaves with the old one, unfollowed. (The preview server's own
    # folder is not looked into: nobody else writes there, and its rebuilds must be quick.)
    # The output is trusted only as the last build published it: its marker names that build, so
    # a site another build wrote there, an older copy put back or a state restored from before
    # the last build (any of them with the same file names) is all written again.
    found = write.read_marker(out)
    ours = found is not None and previous is not None and write.file_hash(found) == previous.hashes.get(write.MARKER)
    last = previous is not None and (own_output or ours)
    scan = last and out.is_dir() and not own_output
    others, folders, checked = _output_files(out, previous, looked) if scan and previous else (set(), set(), None)
    if others is not None and previous is not None:
        # A file the user kept in the output and has deleted since may leave folders only it held.
        folders -= write.prune_emptied(out, previous.extras - others)
    reuse = last and out.is_dir() and (own_output or others is not None)
    old_hashes = previous.hashes if reuse and previous else {}
    old_inputs = previous.inputs if reuse and previous and previous.key == state.key else {}

    searched = search_outputs()  # the index first, its records made on every core; its files are written after
    # The files of the last build, in its order, each with a hash: only those whose inputs were
    # worked out again can have changed, found without going through 100,000 pages several times.
    assert state.plan is not None
    pages = len(state.plan.paths)
    same_files = anew is not None and bool(old_inputs) and _same_keys(old_inputs, state.inputs, old_hashes, pages)
    if same_files:
        assert anew is not None
        index = state.plan.positions()
        stale = {path for path in anew | set(searched) if old_inputs[path] != state.inputs[path]}
        todo = sorted(stale, key=lambda path: (index.get(path, len(index)), path))  # in plan order
    else:
        stale = set(state_mod.changed_keys(old_inputs, state.inputs)) | (state.inputs.keys() - old_hashes.keys())
        todo = list(filter(stale.__contains__, state.inputs))  # in plan order; in C, for 100,000 pages

    # A rebuild that changes nothing keeps the marker; the files' digest is written once known.
    since = write.recorded_site(found) if reuse and found is not None else ""
    marker = write.marker_text(config, since)
    notes: list[Problem] = _strays(config, *leftovers)  # warnings about the output folder itself
    known: dict[str, write.Stat] = {}  # the output's folders whose Stat is known without a look
    staging: Path | None = None
    twin: Path | None = None  # a full build's new shadow, linked file by file as pages are written
    try:
        staging = write.make_staging(out, marker)
        if not reuse and not own_output:
            twin = write.make_twin(out, staging)
        hashes, changed, errors = render_outputs(
            todo, renderer, staging, old_hashes, config, jobs, twin, session.in_worker, frozenset(state.search_hashes)
        )
        if errors:
            raise SiteError(errors)
        # Sizes as the files were made, so a rebuild never walks the output to say how big the site is.
        old_sizes = previous.sizes if reuse and previous else {}
        new_hashes = {p: made[0] for p, made in hashes.items()}
        new_sizes = {p: made[1] for p, made in hashes.items()}
        state.hashes = {**old_hashes, **new_hashes} if same_files else _kept(old_hashes, state.inputs, new_hashes)
        state.sizes = {**old_sizes, **new_sizes} if same_files else _kept(old_sizes, state.inputs, new_sizes)
        stale_files = set() if same_files else old_hashes.keys() - (state.hashes.keys() | {write.MARKER})
        # The marker is made with the staging folder, a file of the site like any other, and
        # names the site's files: a folder that does not hold them is not the last build's.
        if not reuse or changed or stale_files:
            site = write.site_digest(state.hashes, since, old_hashes, changed | stale_files)
            if marker != write.marker_text(config, site):
                marker = write.marker_text(config, site)
                write.mark(staging, marker)  # in place: a full build's shadow links the same file
        state.hashes[write.MARKER] = write.file_hash(marker.encode())
        if old_hashes.get(write.MARKER) != state.hashes[write.MARKER]:
            changed.add(write.MARKER)
        if reuse and own_output:
            removed = _update_in_place(config, staging, sorted(changed), sorted(stale_files))
        elif reuse:
            assert previous is not None
            assert others is not None
            _no_page_over_users_files(config, others, state.hashes)
            extras = others.difference(state.hashes)
            new_files = old_hashes.keys() != state.hashes.keys() or not write.recorded(out)
            if new_files or not extras <= previous.extras:  # (the record's kept files too: set_aside_strays)
                _record_made(config, itertools.chain(old_hashes, state.hashes), notes, users=extras)
            state.shadow, removed, touched = _publish(
                config,
                staging,
                state.hashes,
                old_hashes,
                changed,
                stale_files,
                previous.shadow if intact is not None and intact() else None,
                extras,
                notes,
            )
            state.extras = frozenset(extras)
            if new_files:  # published: the record is the new site's, a gone page a former one
                gone = {path: old_hashes[path] for path in old_hashes.keys() - state.hashes}
                _record_made(config, state.hashes, notes, gone)
            published = changed or stale_files
            # The folders of the site's files, found again only when the files are not the last build's.
            if same_files and extras == previous.extras and previous.site_folders:
                state.site_folders = previous.site_folders
            else:
                state.site_folders = sorted(write.folders_of(itertools.chain(state.hashes, extras)))
            # An output left as it was keeps any folder the user made in it, which the stamp must cover.
            state.folders = state.site_folders if published else sorted(folders.union(state.site_folders))
            if not published:  # the output and the shadow stay as they were
                known = dict(zip(previous.folders, checked, strict=True)) if checked else {}
                state.shadow_stats = previous.shadow_stats
            elif state.shadow is not None:
                known, state.shadow_stats = _known_stats(out, previous, checked, touched)
        else:
            state_mod.forget(config)
            kept: set[str] = set()
            gone: dict[str, str] = {}
            seen: set[str] | None = None
            # (Without a record before this build, its shadow's files cannot be told from a user's: it goes as it is.)
            judged = not own_output and write.read_record(out) is not None
            if not own_output:
                kept, gone, seen = _keep_users_files(config, previous, state.hashes, staging, twin, notes)
                state.extras = frozenset(kept)
            notes += _strays(config, write.swap_in(staging, out, seen))
            removed = 0
            if not own_output:
                _record_made(config, state.hashes, notes, gone)
                state.folders = state.site_folders = sorted(write.folders_of(itertools.chain(state.hashes, kept)))
            if twin is not None:
                try:
                    # (What the output held, set aside already or not, is no stray in its old shadow.)
                    notes += _strays(config, write.replace_shadow(twin, out, (seen or kept) if judged else None))
                except OSError as exc:  # published all the same: the next build makes a shadow afresh
                    notes.append(_shadow_not_kept(config, exc))
                else:
                    state.shadow = write.Shadow(extras=frozenset(kept))  # (it holds them too: linked)
                    # The shadow's folders are the output's: found now, the first edit need not look at them all.
                    shadow = write.shadow_dir(out)
                    state.shadow_stats = _shadow_stats(state.folders, write.folder_stats(shadow, state.folders))
        if state.folders:
            state.stamp = write.stamp_of(state.folders, write.folder_stats(out, state.folders, known), out)
    except write.WriteError as exc:
        raise SiteError([exc.problem()]) from None
    except OSError as exc:
        # A file on another file system (a folder mounted inside the output) cannot be linked into
        # the new site: the file is named, not the link the build tried to make of it.
        crossed = exc.errno == errno.EXDEV and bool(exc.filename)
        failed = Path(exc.filename if crossed else exc.filename2 or exc.filename or out)
        where = display_path(write.as_published(failed, out), config.root)
        reason = f"cannot write ({exc.strerror or exc}); nothing in the output folder was changed"
        if crossed:
            reason = (
                "is on another file system (a folder mounted inside the output folder?), which the build cannot"
                " keep in the site it publishes whole; mount it outside the output folder; nothing in the output"
                " folder was changed"
            )
        # (A bind mount of a folder on the same disk is no mount point to ismount: the rename says it.)
        moved = str(out) in (exc.filename, exc.filename2)
        if exc.errno == errno.EBUSY and (moved or os.path.ismount(out)):
            # A volume or a bind mount: the build puts the new site in the folder's place in one
            # step, and a mount point cannot be moved.
            reason = (
                "is a mount point (a volume or a bind mount), which the build cannot replace with the new "
                "site; mount the folder around it instead, or set `output:` to a folder inside it; "
                "nothing in the output folder was changed"
            )
        # A source read late (an article's body is read again as its page renders) and deleted or
        # renamed since the build listed it: an editor's save during the build, not a fault.
        output = [folder for folder in (out, staging, twin) if folder is not None]
        if isinstance(exc, FileNotFoundError) and not any(failed.is_relative_to(folder) for folder in output):
            reason = VANISHED
        raise SiteError([Problem(where, None, reason)]) from None
    finally:
        for folder in (staging, twin):
            if folder is not None and folder.exists():
                write.discard(folder, out.name)
    assert state.plan is not None
    return BuildResult(
        state=state,
        articles=article_count,
        outputs=len(state.inputs),
        rendered=len(hashes),
        written=len(changed - {write.MARKER}),
        removed=removed,
        seconds=time.perf_counter() - started,
        warnings=[*state.plan.warnings, *_users_files(config, state.extras)],
        ahead=state.plan.ahead,
        size=sum(state.sizes.values()),
        # Ranks never fall as articles get older: those past the line are the last ones.
        excerpts=len(state.ranks) - bisect.bisect_left(state.ranks, config.full_text),
        notices=notes,
    )


def _first(old: dict[str, Any], count: int) -> dict[str, Any]:
    """A copy of `old`'s first `count` items; only the few after them are gone through."""
    kept = dict(old)
    for extra in _last(old, len(old) - count):
        del kept[extra]
    return kept


def _same_keys(old_inputs: dict[str, str], inputs: dict[str, str], old_hashes: dict[str, str], pages: int) -> bool:
    """`inputs` names the files `old_inputs` does, in its order, and `old_hashes` names those and
    then the marker: the last build made the same files, each with a hash. Both inputs start with
    the same plan's `pages` pages, so only the few files after them are compared."""
    tail = len(inputs) - pages
    return (
        len(old_inputs) == len(inputs)
        and len(old_hashes) == len(inputs) + 1
        and _last(old_hashes, tail + 1) == [write.MARKER, *_last(inputs, tail)]
        and _last(old_inputs, tail) == _last(inputs, tail)
    )


def _last(items: dict[str, Any], count: int) -> list[str]:
    return list(itertools.islice(reversed(items), count))


def _kept(old: dict[str, Any], keys: Iterable[str], new: dict[str, Any] | None = None) -> dict[str, Any]:
    """For each of `keys` in order, its value in `new`, else in `old`; a key in neither is left out."""
    keys = list(keys)
    if list(itertools.islice(old, len(keys))) == keys:  # a rebuild's pages, as the last build had them: a copy
        kept = _first(old, len(keys))
    else:
        kept = dict(zip(keys, map(old.get, keys), strict=True))  # in C: a large site has 100,000 keys
    kept.update(new or {})
    if None in kept.values():
        kept = {k: v for k, v in kept.items() if v is not None}
    return kept


Looked = tuple[list[str], list[write.Stat] | None]  # some folders of the output and their Stats


def _users_files(config: Config, extras: frozenset[str], shown: int = 5) -> list[Problem]:
    """A warning for each file of the user's in the output (the first `shown` of them)."""
    folder = display_path(config.output_dir, config.root)
    reason = "not made by the build: kept and published as it is (put it in root_files/ to make it part of the site)"
    # (An editor's or the system's own, which no folder of the sources publishes: '.DS_Store', 'x~'.)
    junk = "an editor's or the system's scratch file, not made by the build: kept and published as it is; delete it"
    found = [
        Problem(f"{folder}/{rel}", None, junk if scratch(rel.rpartition("/")[2]) else reason)
        for rel in sorted(extras)[:shown]
    ]
    if len(extras) > shown:
        found.append(Problem(folder, None, f"and {len(extras) - shown} more files not made by the build, kept"))
    return found


def _no_page_over_users_files(config: Config, users: set[str], site: Mapping[str, str]) -> None:
    """Refuse to write a page over a file the user put in the output, or a folder of pages where one
    stands ('archive' where the site has archive/): it would be lost."""
    folder = display_path(config.output_dir, config.root)
    reason = "a file not made by the build stands where the site now puts"
    pages = {rel for rel in users if rel in site}  # (not the site's 100,000 paths looked up in them)
    folders = users.intersection(write.folders_of(site)) if users else set()  # (a user's files are few, if any)
    problems = [
        Problem(f"{folder}/{rel}", None, f"{reason} a page; move it away (to static/ to publish it)")
        for rel in sorted(pages)
    ]
    problems += [Problem(f"{folder}/{rel}", None, f"{reason} a folder; move it away") for rel in sorted(folders)]
    if problems:
        raise SiteError(problems)


def _record_made(
    config: Config,
    paths: Iterable[str],
    notes: list[Problem],
    gone: Mapping[str, str] | None = None,
    users: Iterable[str] = (),
) -> None:
    """write.record_made, a file found in the record's place and kept named in `notes`."""
    kept = write.record_made(config.output_dir, paths, gone, users)
    if kept is not None:
        record = display_path(write.record_path(config.output_dir), config.root)
        reason = (
            f"stood where builds keep their record ({record}) and is none: kept under this name; delete it if not yours"
        )
        notes.append(Problem(display_path(kept, config.root), None, reason))


def _keep_users_files(
    config: Config,
    previous: BuildState | None,
    site: dict[str, str],
    staging: Path,
    twin: Path | None,
    notes: list[Problem],
) -> tuple[set[str], dict[str, str], set[str]]:
    """Before a full build replaces the output: the files in it that no build made (a user's),
    linked into the new site and its shadow, as a rebuild keeps them, the pages of the last build
    the new site does not have (path -> hash, when known: to be recorded as former pages) and
    every file found in it; and the record of what builds made, written with the old site's files
    and the new one's.
    Without a record (lost with a copy that left dotfiles behind, or the output of a version
    before it), an old file the new site does not have may be a former page or the user's: it
    leaves the output, as a former page would, but is set aside beside it, never deleted; `notes`
    gets a warning."""
    out = config.output_dir
    if not (out.is_dir() and write.is_own(out)):
        _record_made(config, site, notes)
        return set(), {}, set()
    files, odd, _ = write.scan_output(out)
    notes += _odd_entries(config, odd)
    # What builds made: the last one's files, and those the record names (another project's
    # build into this folder made its pages too; they are no file of the user's).
    record = write.read_record(out)
    recorded, former = (record.made, record.former) if record else (None, {})
    made = recorded if previous is None else set(previous.hashes).union(recorded or ())
    users = files - made - {write.MARKER} if made is not None else set()
    # An older copy of the site put back holds pages that left the site since: those bytes a build
    # wrote there are its pages, which leave the output; a user's own file at the address is kept.
    users -= {path for path in users.intersection(former) if write.file_hash((out / path).read_bytes()) == former[path]}
    _no_page_over_users_files(config, users, site)
    unclaimed = files.difference(site, (write.MARKER,)) if made is None else set()
    # The last build's pages the new site does not have, by the hash the state holds or, without
    # it (--no-cache, a lost cache), by their bytes: they leave the output, recorded as former pages.
    old_hashes = previous.hashes if previous is not None else {}
    leaving = files - users - unclaimed - site.keys() - {write.MARKER}
    gone = {path: old_hashes.get(path) or write.file_hash((out / path).read_bytes()) for path in leaving}
    # The record first: a build that cannot write it has set nothing aside. What it sets aside
    # leaves the record, so that a build after one that failed to move it takes it for the user's.
    _record_made(config, itertools.chain(files - users - unclaimed, site), notes, users=users)
    if unclaimed:
        aside = display_path(write.set_aside(out, unclaimed), config.root)
        reason = (
            f"no record of what earlier builds made in {display_path(out, config.root)} "
            f"({display_path(write.record_path(out), config.root)} is missing or damaged): the "
            f"{len(unclaimed)} file(s) there that this build does not make were moved here; put back "
            "any of yours (into root_files/ to publish them where they were) and delete the rest"
        )
        notes.append(Problem(aside, None, reason))
    for folder in (staging, twin):
        if folder is not None:
            write.link_tree(out, folder, users)
    return users, gone, files


def _output_files(
    out: Path, previous: BuildState, looked: Looked | None
) -> tuple[set[str] | None, set[str], list[write.Stat] | None]:
    """What write.scan_output would find in the output: (its files but the last build's, None
    when one of those is missing or a link or another odd file is there; its folders), known
    without looking when no folder of it changed since the last build stamped them; then also
    the Stats of those folders."""
    if previous.stamp:
        mine = looked is not None and looked[0] == previous.folders  # the caller's look, if of these folders
        stats = looked[1] if looked is not None and mine else write.folder_stats(out, previous.folders)
        if write.stamp_of(previous.folders, stats) == previous.stamp:
            return set(previous.extras), set(previous.folders), stats
    files, odd, folders = write.scan_output(out)
    intact = not odd and files.issuperset(previous.hashes)
    return (files.difference(previous.hashes, (write.MARKER,)) if intact else None), folders, None


def _odd_entries(config: Config, odd: list[str]) -> list[Problem]:
    """A warning for each link or special file in the output, which the full build that replaces
    it does not keep (a rebuild that finds one builds in full): said once, as it goes."""
    shown = display_path(config.output_dir, config.root)
    reason = "a link or special file in the output folder, not kept: a build publishes files; put yours in root_files/"
    return [Problem(f"{shown}/{rel}", None, reason) for rel in odd]


def _known_stats(
    out: Path, previous: BuildState, checked: list[write.Stat] | None, touched: set[str] | None
) -> tuple[dict[str, write.Stat], state_mod.ShadowStats | None]:
    """(the Stats of the output's folders known after publishing, those of the shadow's). Stamping
    the output again would look at 100,000 folders; but the folders of the shadow that became the
    output, except those it changed, are as the build before last found them (`previous.
    shadow_stats`), and the output that became the shadow is as this build found it (`checked`).
    A Stat known wrongly costs only time: the next build's stamp differs, and it looks."""
    shadow = _shadow_stats(previous.folders, checked)
    found = previous.shadow_stats
    if touched is None or found is None or found[0] != os.lstat(out).st_ino:
        return {}, shadow
    known = dict(zip(found[1], found[2], strict=True))
    for folder in write.folders_of(touched):  # always with the output itself (''), renamed by the exchange
        known.pop(folder, None)
    return known, shadow


def _shadow_stats(folders: list[str], stats: list[write.Stat] | None) -> state_mod.ShadowStats | None:
    """ShadowStats of `folders` found with `stats`, which tell the inode of the folder itself ('')."""
    return (stats[0][0], folders, stats) if stats and folders[:1] == [""] else None


def _publish(
    config: Config,
    staging: Path,
    new: dict[str, str],
    old: dict[str, str],
    written: set[str],
    stale: set[str],
    shadow: write.Shadow | None,
    extras: set[str],
    notes: list[Problem],
) -> tuple[write.Shadow | None, int, set[str] | None]:
    """Exchange the output for the new site (write.publish); (the new shadow, files removed, the
    files changed in the shadow that became the output, None when it was not the shadow).
    `notes` gets a warning when the old site could not become the shadow."""
    if not written and not stale:
        return shadow, 0, None
    try:
        made, touched, aside = write.publish(
            config.output_dir, staging, new, old, written, stale, shadow, extras, lambda: state_mod.forget(config)
        )
        notes += _strays(config, aside)
        return made, len(stale), touched
    except write.ShadowNotKept as exc:
        notes.append(_shadow_not_kept(config, exc))
        return None, len(stale), None
    except write.NoHardLinks:
        pass
    # A file system without hard links (some network and removable drives): in place, as the
    # preview does, at the cost of a moment in which the folder mixes the two sites.
    return None, _update_in_place(config, staging, sorted(written), sorted(stale)), None


def _strays(config: Config, *asides: Path | None) -> list[Problem]:
    """A warning for each folder of `asides` where files no build made, found in an old copy of the site
    as a build removed it, were set aside (write.set_aside_strays)."""
    out = display_path(config.output_dir, config.root)
    shadow = display_path(write.shadow_dir(config.output_dir), config.root)
    reason = (
        f"files no build made, saved into {out} while a build was replacing it (or into {shadow}), so not in"
        " the site published: set aside here, never deleted; put back any of yours (into root_files/ to"
        " publish it with the site) and delete the rest"
    )
    return [Problem(display_path(aside, config.root), None, reason) for aside in asides if aside is not None]


def _shadow_not_kept(config: Config, exc: OSError) -> Problem:
    where = display_path(write.shadow_dir(config.output_dir), config.root)
    published = "the site is published, and the next build makes this folder afresh"
    return Problem(where, None, f"the old site could not be kept here ({exc.strerror or exc}); {published}")


def _update_in_place(config: Config, staging: Path, changed: list[str], stale: list[str]) -> int:
    """Remove the stale files from the output and move the changed ones in; the count removed.
    Used for the preview's private folder, which only its own server reads."""
    if changed or stale:
        state_mod.forget(config)
    try:
        # The stale first, as publish does: a file may take the place of an old folder, or a folder of an old file.
        removed = write.remove_stale(config, stale)
        write.move_into(staging, config.output_dir, changed)
        return removed
    except OSError as exc:
        state_mod.forget(config)  # some files may have moved: the next build starts afresh
        where = display_path(Path(exc.filename2 or exc.filename or config.output_dir), config.root)
        reason = f"cannot write ({exc.strerror or exc}); the output folder is partly updated: build again"
        raise SiteError([Problem(where, None, reason)]) from None


# -- the command line: the state persists between runs -----------------------------------------


def build_command(
    config: Config,
    *,
    use_cache: bool = True,
    jobs: int | None = None,
    allow_empty: bool = False,
    size_limit: int = PAGES_LIMIT,
) -> int:
    """The `build` command: unlike a build called from code, it refuses an empty site unless asked,
    and it warns when the site outgrows `size_limit` bytes (GitHub Pages' limit)."""
    write.check_output_dir(config)  # a refused folder leaves the project untouched, lock file included
    if not allow_empty and not config.content_dir.is_dir():  # (not a project: no lock files left in it)
        raise SiteError([empty_site(config, [])])
    if not state_mod.cache_writable(config):
        # Nothing to lock, load or save: the output's own lock (build) keeps builds apart.
        result = build(config, None, jobs, allow_empty=allow_empty)
        unsaved = f"{CACHE_DIR}/ cannot be written: built without it (every page rendered)"
        return _report(config, dataclasses.replace(result, warnings=[unsaved, *result.warnings]), size_limit)
    with state_mod.locked(config):
        started = time.perf_counter()
        quick = state_mod.load_quick(config) if use_cache else None
        folders = quick.folders if quick and quick.stamp else []
        # Whether anything changed is 200,000 system calls for 100,000 articles, the Stats of the
        # articles and of the output's folders: the folders' on the other core. (The articles are
        # listed before the build reads any, so an edit made while it runs is seen next time.)
        # The articles' folder is looked through there too, for what a user may think is read.
        looking = parallel.in_background(
            lambda: (write.folder_stats(config.output_dir, folders) if folders else None, unread(config))
        )
        previous: BuildState | None = None
        try:
            listing = list_articles(config)
            listed_at = clock(config)
            newest = max(map(operator.itemgetter(0), listing.values()), default=0)  # in C
            key = inputs_key(config, allow_empty, listing)
            # An input changed: the build needs the last state whatever the folders say, and reads
            # it while they are still being looked at (a third of a second at 100,000 articles).
            changed = not (quick and quick.key == key)
            if changed and use_cache:
                previous = state_mod.load(config)
        finally:
            stats, passed_over = looking()  # the child ends here, whatever happened
        if not changed and stats is not None and quick and quick.stamp == write.stamp_of(folders, stats):
            leftovers = write.remove_leftovers(config.output_dir)
            seconds = time.perf_counter() - started
            result = BuildResult(
                BuildState(),
                quick.articles,
                quick.outputs,
                0,
                0,
                0,
                seconds,
                quick.warnings,
                quick.size,
                quick.excerpts,
                _strays(config, *leftovers),
                quick.ahead,
            )
        else:
            if not changed and use_cache:
                previous = state_mod.load(config)
            looked = (folders, stats) if folders else None
            result = build(config, previous, jobs, allow_empty=allow_empty, listing=listing, looked=looked)
            saved = not result.state.same_as(previous)
            if saved and (unsaved := _save_state(config, result.state, previous)):
                result = dataclasses.replace(result, notices=[*result.notices, unsaved])
            # An article changed just before it was listed may change again, unseen by its Stat,
            # within one tick of a coarse clock: then no shortcut for the next build (a key that
            # matches none). It still looks at the output's folders on the other core from the start.
            racy = listed_at - newest < RACY_NS
            if racy and not result.state.stamp:
                _forget_quick(config)
            elif result.state.stamp:
                made = state_mod.Quick(
                    "" if racy else key,
                    result.state.folders,
                    result.state.stamp,
                    result.articles,
                    result.outputs,
                    result.size,
                    result.warnings,
                    result.excerpts,
                    result.ahead,
                )
                if saved or made != quick:
                    _save_quick(config, made)
    ahead = [ahead_of_the_clock(config, listing, listed_at)] if newest - listed_at > RACY_NS else []
    return _report(config, dataclasses.replace(result, warnings=[*passed_over, *ahead, *result.warnings]), size_limit)


def _report(config: Config, result: BuildResult, size_limit: int) -> int:
    warnings: list[Problem | str] = [*result.all_warnings()]  # the summary counts every warning printed
    if result.size > size_limit:
        warnings.append(
            f"the site is {megabytes(result.size)}, over the {megabytes(size_limit)} GitHub Pages "
            "publishes; see 'Beyond 1 GB' in docs/publishing.md for a host that takes it"
        )
    if elsewhere := _domain_elsewhere(config):
        warnings.append(elsewhere)
    excerpts = result.excerpts
    excerpted = config.article_body == "full" and excerpts > 0
    ignored = excerpted and not templates.reads_excerpt(templates.make_env(config))
    if ignored:
        warnings.append(
            "templates/article.html does not read 'excerpt': every article shows its whole text"
            " and is searched in full, whatever full_text says (see full_text in README.md)"
        )
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if excerpted and not ignored:
        if config.full_text == 0:
            print("every article shows an excerpt and a link to the original (full_text: 0 in site.yaml)")
        else:
            older = "1 article older than" if excerpts == 1 else f"{excerpts:,} articles older than"
            shows = "shows" if excerpts == 1 else "show"
            print(
                f"{older} the newest {config.full_text:,} {shows} an excerpt and a link to the original"
                " (full_text in site.yaml)"
            )
    said = dataclasses.replace(result, warnings=warnings, notices=[], ahead=[])
    print(f"built {config.output_dir}: {said.summary()}")
    return 0


def _domain_elsewhere(config: Config) -> Problem | None:
    """The warning for a site built for one host (its base URL's) with another's `domain`: its CNAME
    names the domain, its links lead to the base URL (a site.yaml given `domain:` before GitHub was told,
    whose workflow still builds for USER.github.io/REPO). Not for a local build's 127.0.0.1."""
    host = (urlsplit(config.base_url).hostname or "").lower()
    if not config.domain or host in ("localhost", "127.0.0.1", "::1") or host == config.domain.lower():
        return None
    return Problem(
        CONFIG_FILE,
        setting_line(config.root, "domain", config.domain),
        f"domain {config.domain} is not the base URL's host ({host}): CNAME names the domain, every link leads"
        f" to {host}; set the custom domain on GitHub (docs/publishing.md), or build with its base URL",
    )


def ahead_of_the_clock(config: Config, listing: Listing, now: int) -> str:
    """The warning for articles modified later than `now`: each is read again by every build
    (and no build keeps a no-change shortcut) until the clock passes it."""
    folder = display_path(config.content_dir / "articles", config.root)
    ahead = [name for name, (mtime, *_) in listing.items() if mtime - now > RACY_NS]
    shown = ", ".join(ahead[:3]) + (f" and {len(ahead) - 3} more" if len(ahead) > 3 else "")
    return (
        f"{folder}/{shown}: modified later than now (a clock set ahead?); read again by every build"
        " until then: set the clock right, or `touch` the files"
    )


def _save_quick(config: Config, quick: state_mod.Quick) -> None:
    """A Quick that cannot be saved costs the next build its shortcut, nothing else."""
    try:
        state_mod.save_quick(config, quick)
    except OSError:
        _forget_quick(config)


def _forget_quick(config: Config) -> None:
    with contextlib.suppress(OSError):
        state_mod.state_file(config, "quick").unlink(missing_ok=True)


def inputs_key(config: Config, allow_empty: bool, listing: Listing) -> str:
    """A hash of everything a build reads but the output folder and its state: the settings,
    every article's name, modification time and size (`listing`: what the parsed copies are
    trusted by), and the bytes of the package (its code and data), the data files, the templates,
    the static files and the share images' fonts. An equal key and an output whose folders are as the
    last build left them (write.stamp) make a build that would change nothing."""
    digest = hashlib.sha1(f"{code_digest().hex()}\0{config.digest()}\0{allow_empty}\n".encode())
    digest.update(write.stats_key(listing, listing.values()))
    if config.content_dir.is_dir():
        for path in sorted(p for p in config.content_dir.iterdir() if p.is_file()):
            digest.update(os.fsencode(path) + b"\0" + path.read_bytes())  # (any name: only data files are read)
    digest.update(templates.templates_digest(config).encode())
    for rel, path in [*static_files(config).items(), *root_files(config).items()]:
        digest.update(f"{rel}\0".encode() + path.read_bytes())
    fonts = share.find_fonts(config) if config.share_images else None
    digest.update(f"\0{fonts.digest if fonts else ''}".encode())
    return digest.hexdigest()


def _save_state(config: Config, state: BuildState, previous: BuildState | None) -> Problem | None:
    """Saves the state for the next build; the warning when it cannot be (the site is published all
    the same: a build that fails for its cache alone would fail a deploy that succeeded)."""
    try:
        state_mod.save(config, state, previous)
    except OSError as exc:
        # The old state describes the old site: a next build trusting it could skip a file that changed.
        # (The file named is the one that failed, the target of a rename before its temporary file.)
        path = Path(exc.filename2 or exc.filename or state_mod.state_file(config))
        state_mod.forget(config)
        reason = (
            f"cannot save the build state ({exc.strerror or exc}); the site was built, but every build renders"
            " every page until this file can be written"
        )
        return Problem(display_path(path, config.root), None, reason)
    return None
