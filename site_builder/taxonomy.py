"""Tags, timeline entries, archives and pagination, recomputed from the library every build."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass

from . import yamlio
from .config import Config
from .content import key_line
from .datafiles import DataFiles, Milestone
from .errors import Problem, display_path
from .library import Library, Ref
from .stories import Story


@dataclass(frozen=True)
class Tag:
    name: str
    slug: str
    label: str
    kind: str
    description: str
    defined: bool  # False for a tag used by articles but missing from content/tags.yaml

    @property
    def url(self) -> str:
        return f"tags/{self.slug}/"


def story_url(story_id: str) -> str:
    return f"stories/{story_id}/"


# How many of a story's other articles a card or an article page lists; the story's own page
# lists them all. Every member listing every other grows as the square of a story's size: the
# bench's 100,000 articles, in stories of up to 36, spent 3.5 KB of each article page on it; at
# five, 1.2 KB; at three, the nearest before and after and one more, 0.75 KB.
STORY_SHOWN = 3


@dataclass(frozen=True)
class StoryLink:
    """A story as a page that shows one of its articles shows it: the story's page and the
    coverage nearest that article."""

    id: str
    others: tuple[Ref, ...]  # at most STORY_SHOWN other articles, those nearest in time, oldest first
    size: int  # articles in the story
    # On a tag's or a month's page, the story's other articles that list holds, in the story's
    # order: listed under its card, so that every article of the tag or month is on its pages.
    folded: tuple[Ref, ...] = ()

    @property
    def url(self) -> str:
        return story_url(self.id)


def story_link(story_id: str, members: tuple[Ref, ...], ref: Ref) -> StoryLink:
    """`ref`'s story (`members`, oldest first) as `ref`'s card or page shows it."""
    at = members.index(ref)
    others = members[:at] + members[at + 1 :]
    start = max(0, min(at - STORY_SHOWN // 2, len(others) - STORY_SHOWN))
    return StoryLink(story_id, others[start : start + STORY_SHOWN], len(members))


@dataclass(frozen=True)
class Entry:
    """One item on a timeline: an article (with its story's other articles, if it stands for a
    story) or a milestone from content/milestones.yaml."""

    when: dt.datetime
    article: Ref | None = None
    milestone: Milestone | None = None
    story: StoryLink | None = None


@dataclass(frozen=True)
class Taxonomy:
    tags: dict[str, Tag]  # by name, in tags.yaml order then first use
    tag_articles: dict[str, tuple[Ref, ...]]  # newest first
    months: dict[tuple[int, int], tuple[Ref, ...]]  # (year, month) -> articles, newest month first
    milestones: tuple[Milestone, ...]
    stories: dict[str, tuple[Ref, ...]]  # story id -> its articles, oldest first; newest story first
    story_of: dict[str, str]  # article source -> its story's id
    story_rank: dict[str, int]  # article source -> its place in its story (0: the lead)

    def collapse(self, articles: tuple[Ref, ...], fold: bool = False) -> tuple[tuple[Ref, ...], dict[str, StoryLink]]:
        """The articles a list shows, one per story (newest first), and the story each stands
        for by source. A story's earliest article in the list stands for it, so a tag's page
        shows the story under an article that has the tag; earliest as the story orders its
        members (articles of one time by file), so the lead heads it wherever it is listed.
        `fold`: each StoryLink names the list's other articles of its story (`folded`)."""
        first: dict[str, tuple[int, Ref]] = {}
        listed: dict[str, list[tuple[int, Ref]]] = defaultdict(list)
        for ref in articles:
            story_id = self.story_of.get(ref.source)
            if story_id is None:
                continue
            rank = self.story_rank[ref.source]
            listed[story_id].append((rank, ref))
            if story_id not in first or rank < first[story_id][0]:
                first[story_id] = (rank, ref)
        shown = tuple(
            ref for ref in articles if (story_id := self.story_of.get(ref.source)) is None or first[story_id][1] is ref
        )
        links = {}
        for story_id, (_, ref) in first.items():
            link = story_link(story_id, self.stories[story_id], ref)
            if fold and len(listed[story_id]) > 1:
                folded = tuple(other for _, other in sorted(listed[story_id], key=lambda item: item[0])[1:])
                link = dataclasses.replace(link, folded=folded)
            links[ref.source] = link
        return shown, links


def fallback_slug(name: str) -> str:
    """Slug for a tag missing from tags.yaml: readable, URL-safe, Hangul kept. (Letters of full width are
    the same letters: 'ＡＩ칩' would have the page of 'AI칩', as 'ai칩' would.)"""
    return re.sub(r"[^\w]+", "-", unicodedata.normalize("NFKC", name).strip().lower()).strip("-_") or "tag"


def misspelt_tags(library: Library, data: DataFiles, config: Config) -> list[Problem]:
    """Tags written as a defined tag's label, an alias or its name in other case ('딥시크',
    'openai'), or two tags tags.yaml does not define whose page would be the same ('LLM' and
    'llm', 'C#' and 'C++'): each would make a second page of one subject, or be dropped for its
    page's name."""
    tags_file = display_path(config.content_dir / "tags.yaml", config.root)
    names = set().union(*(ref.tags for ref in library.refs))  # in C: every build at 100,000 articles
    meant = {name: found for name in names if (found := data.tag_meant(name)) is not None}
    wrong = {}
    for name, (tag, kind) in meant.items():
        if kind == "name":
            how = "the same in other case" if name.casefold() == tag.casefold() else "the same, written otherwise"
        else:
            how = f"its {kind} in {tags_file}"
        wrong[name] = f"tag '{name}' is tag '{tag}' ({how}); write '{tag}'"
    wrong |= _sharing_a_page(library, data, names - set(meant), tags_file)
    problems = []
    for ref in library.refs if wrong else ():
        for name in ref.tags:
            if name in wrong:
                problems.append(Problem(ref.source, key_line(config.root / ref.source, "tags"), wrong[name]))
    return problems


def _sharing_a_page(library: Library, data: DataFiles, names: set[str], tags_file: str) -> dict[str, str]:
    """The message for each undefined tag whose page (its slug) a defined tag, or an undefined
    tag used more often, already has."""
    owner = {tag.slug: tag.name for tag in data.tags.values()}
    spellings: dict[str, list[str]] = defaultdict(list)
    for name in names:
        if name not in data.tags:
            spellings[fallback_slug(name)].append(name)
    if all(len(found) == 1 and slug not in owner for slug, found in spellings.items()):
        return {}
    uses = Counter(name for ref in library.refs for name in ref.tags)
    wrong = {}
    for slug, found in spellings.items():
        # (Of spellings used as often, one with single spaces: 'Foo Bar' over 'Foo  Bar'.)
        kept = owner.get(slug) or min(found, key=lambda name: (-uses[name], name != " ".join(name.split()), name))
        for name in found:
            if name != kept:
                wrong[name] = (
                    f"tag '{name}' would have the page of tag '{kept}' (tags/{slug}/); "
                    f"write '{kept}', or give each its own slug in {tags_file}"
                )
    return wrong


def build_taxonomy(
    library: Library, data: DataFiles, config: Config, stories: tuple[Story, ...] = ()
) -> tuple[Taxonomy, list[Problem]]:
    """`stories`: the grouping of `library`'s articles (stories.group), made by the build."""
    tags = {d.name: Tag(d.name, d.slug, d.label, d.kind, d.description, defined=True) for d in data.tags.values()}
    used: dict[str, list[Ref]] = defaultdict(list)
    warnings = []
    slugs = {t.slug: t.name for t in tags.values()}
    for article in library.refs:
        for name in article.tags:
            if name not in tags:
                slug = fallback_slug(name)
                if slug in slugs:
                    warnings.append(
                        Problem(article.source, None, f"tag '{name}' collides with tag '{slugs[slug]}' (slug '{slug}')")
                    )
                    continue
                slugs[slug] = name
                tags[name] = Tag(name, slug, name, "topic", "", defined=False)
                tags_file = display_path(config.content_dir / "tags.yaml", config.root)
                warnings.append(
                    Problem(article.source, None, f"tag '{name}' is not defined in {tags_file}; it gets a plain page")
                )
            used[name].append(article)
    # A milestone's tag that tags.yaml does not define matches no article's: the milestone shows on
    # no tag page, and ingest dates no story by it.
    milestones_file = display_path(config.content_dir / "milestones.yaml", config.root)
    for milestone in data.milestones:
        for name in (tag for tag in milestone.tags if tag not in data.tags):
            hint = yamlio.did_you_mean(name, list(data.tags))
            message = f"milestone '{milestone.title}': tag '{name}' is not defined{hint}; it is on no tag page"
            warnings.append(Problem(milestones_file, None, message))
    months: dict[tuple[int, int], list[Ref]] = defaultdict(list)
    refs = {ref.source: ref for ref in library.refs}
    for article in library.refs:
        months[(article.date.year, article.date.month)].append(article)
    return (
        Taxonomy(
            tags=tags,
            tag_articles={name: tuple(items) for name, items in used.items()},
            months={key: tuple(months[key]) for key in sorted(months, reverse=True)},
            milestones=data.milestones,
            stories={s.id: tuple(refs[m] for m in s.members) for s in stories},
            story_of={m: s.id for s in stories for m in s.members},
            story_rank={m: i for s in stories for i, m in enumerate(s.members)},
        ),
        warnings,
    )


def timeline(
    articles: tuple[Ref, ...],
    milestones: tuple[Milestone, ...],
    tz: dt.tzinfo,
    stories: dict[str, StoryLink] | None = None,
) -> list[Entry]:
    """Articles and milestones merged, newest first; a milestone sorts after that day's articles.
    `stories`: the story an article stands for, by source (Taxonomy.collapse)."""
    stories = stories or {}
    entries = [Entry(a.date, article=a, story=stories.get(a.source)) for a in articles]
    entries += [Entry(dt.datetime(m.date.year, m.date.month, m.date.day, tzinfo=tz), milestone=m) for m in milestones]
    return sorted(entries, key=lambda e: (-e.when.timestamp(), e.milestone is None, e.article.url if e.article else ""))


@dataclass(frozen=True)
class Pager:
    number: int  # 1-based
    total: int
    base: str  # URL of page 1, e.g. '' or 'tags/deepseek/'

    def url_of(self, number: int) -> str:
        return self.base if number == 1 else f"{self.base}page/{number}/"

    @property
    def prev_url(self) -> str | None:
        return self.url_of(self.number - 1) if self.number > 1 else None

    @property
    def next_url(self) -> str | None:
        return self.url_of(self.number + 1) if self.number < self.total else None

    def numbers(self, around: int = 2) -> list[int | None]:
        """The page numbers a numbered pager shows: the first, the last and `around` on each side
        of the current one; None where a run of numbers is left out."""
        keep = sorted({1, self.total, *range(max(1, self.number - around), min(self.total, self.number + around) + 1)})
        shown: list[int | None] = []
        for number in keep:
            if shown and number - (shown[-1] or 0) > 1:
                shown.append(number - 1 if number - (shown[-1] or 0) == 2 else None)
            shown.append(number)
        return shown


def paginate(items: list, size: int, base: str) -> list[tuple[Pager, list]]:
    chunks = [items[i : i + size] for i in range(0, len(items), size)] or [[]]
    return [(Pager(n + 1, len(chunks), base), chunk) for n, chunk in enumerate(chunks)]
