"""Ingest: raw news text in seeds/*.txt becomes front-mattered Markdown in content/articles/.

`run()` is what `build.py ingest` calls. Each seed goes through decode -> spam repair ->
chrome removal -> meta (title, dates, publisher, author, tags, summary) -> render -> write.
A seed that fails is reported and skipped; the others are still written.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
import sys
import zoneinfo
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import yamlio
from ..config import Config, article_names
from ..datafiles import KST, DataFiles, earlier, load_all
from ..errors import Problem, SiteError, display_path, name_problem, scratch, too_big
from ..urls import is_web_address
from . import clean, copies, dates, meta, overrides, spam, summary, tags
from .decode import DecodeError, decode
from .render import Article, format_date, render
from .report import SeedReport, counts, review_list, table
from .text import KOREAN, fold
from .write import (
    LEDGER,
    Outcome,
    entry_digest,
    ledger_entry,
    nfc,
    one_at_a_time,
    place_article,
    read_ledger,
    saved_at,
    seed_digest,
    stage_article,
    waiting,
    write_article,
    write_ledger,
)


class SeedError(Exception):
    """A seed that cannot become an article; the message is shown to the user as is."""


@dataclass
class Result:
    article: Article | None
    warnings: list[str] = field(default_factory=list)
    skipped: bool = False
    portal: str = ""  # the portal the page was captured from (see meta.find_portal)
    repaired: bool = False  # injected spam was repaired


# A deck's lines set as a list under the headline ('- 고영향 AI 관리 …'): the subtitle joins them.
_DECK_ITEM = re.compile(r"^[-–·•■□○◆◇▶▷]\s+")
# Headlines end without a full stop: one in English that has one is a sentence taken for the headline
# (a site's note, an image's text: 'The Verge logo.', 'Posts from this topic will be added …'), or a
# name ('Super Micro Computer, Inc.'); so is one in Korean that speaks to its reader ('이 페이지는
# 번역되었습니다.'). It holds the article for review. (A Korean headline may end as a quoted sentence
# does, '… 최적지다."', or an editorial's: '… 방향이다.')
SENTENCE_TITLE = "title: ends with a full stop, as a sentence does, not a headline"
# So does an English one of two words or fewer, a menu's or a section's ('Personal Finance', 'Apple
# Intelligence', "Buyer's Guide"), or of three that a menu's words end or a lower-case word opens
# ('Site Search Toggle', 'join the membership'); a headline of three tells what happened: 'Nvidia
# Beats Estimates'.
MENU_TITLE = "title: a few English words, as a menu's or a section's, not a headline"
_PICTOGRAPH = r"[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]"
_LEADING_PICTOGRAPHS = re.compile(rf"^(?:{_PICTOGRAPH}|\s)+")  # (one at the end may be what the story is about)
_FEW_WORDS = re.compile(
    r"[A-Za-z0-9'’&.,:-]+(?:\s[A-Za-z0-9'’&.,:-]+)?"
    r"|(?:[a-z]\S*|\S+\s\S+\s(?i:menu|toggle|search|navigation|subscribe|newsletter|brief|letter))(?:\s\S+){0,2}"
)
_SENTENCE_END = re.compile(r"(?<![.…])\.$")
_POLITE_END = re.compile(r"(?:니다|[요죠])\.$")


def ingest_bytes(
    raw: bytes,
    seed_name: str,
    shown: str,
    data: DataFiles,
    override: dict[str, Any] | None = None,
    existing_slug: str = "",
    *,
    tz: dt.tzinfo = KST,
    captured: dt.datetime | None = None,
) -> Result:
    """Turn one seed's bytes into an Article. Raises SeedError with a user-facing message.

    What the text cannot settle is not invented: the article becomes a draft whose `review`
    list names each open point, and its best candidate is kept with the evidence for it.
    `captured` (when the seed was saved: the ledger's time for it) is the fallback date of a draft
    with no date at all, and no stamp later than it is the story's."""
    override = override or {}
    try:
        text, encoding = decode(raw)
    except DecodeError as exc:
        raise SeedError(f"{shown}{f':{exc.line}' if exc.line else ''}: {exc}") from None
    warnings: list[str] = []
    if not text.strip():
        return Result(None, [f"{shown}: empty seed, skipped"], skipped=True)
    if encoding not in ("utf-8", "utf-8-sig"):
        warnings.append(f"decoded as {encoding}")

    text = clean.field_rows(clean.chat_page(clean.screen_reader_page(text)), data.lexicon)
    text = clean.text_browser_page(
        clean.feed_item_page(clean.clipped_page(clean.thread_page(clean.printed_page(text))))
    )
    text = clean.doubled_page(clean.hard_wrapped_page(text))
    text, fixes = spam.find_and_fix(text, data.lexicon)
    warnings += [fix.describe() for fix in fixes]

    page = clean.clean(text, data.outlets, data.lexicon)
    paragraphs = [p for _, p in page.paragraphs] + page.corrections if page.paragraphs else []
    if not paragraphs:
        lines = text.strip().split("\n")
        if len(lines) <= 2 and max(map(len, lines)) > 500:  # (a copy that lost its line breaks)
            raise SeedError(
                f"{shown}: the page's text has no line breaks ({len(text):,} characters on {len(lines)} line"
                f"{'s' if len(lines) > 1 else ''}), so its headline, chrome and story cannot be told apart;"
                " copy the page again with its lines"
            )
        raise SeedError(f"{shown}: no article text found (every line looks like page chrome)")
    if page.chrome:
        warnings.append(f"dropped {len(page.chrome)} chrome lines ({_reasons(page.chrome)})")

    review: list[str] = []
    title = page.title
    if not title and "title" not in override:
        title = summary.headline_from_lede(paragraphs)
        review.append("title: written from the lede")
    elif re.fullmatch(r"[가-힣]+(?: [가-힣]+){1,4}", title) and len(title) < 14 and "title" not in override:
        # A few words with none of a headline's marks may be a section's or a series' name over the lede.
        review.append("title: a short line over the story, taken as its headline")
    elif (
        _SENTENCE_END.search(title)
        and (not KOREAN.search(title) or _POLITE_END.search(title))
        and "title" not in override
    ):
        review.append(SENTENCE_TITLE)
    elif _FEW_WORDS.fullmatch(title) and re.search("[A-Za-z]{2}", title) and "title" not in override:
        review.append(MENU_TITLE)

    publisher, how, known = meta.find_publisher(page, text, data.outlets, seed_name, data.lexicon)
    title = re.sub(r"^#{1,6}\s+", "", title)  # a Markdown export's heading (a read-later app's, a notes app's)
    # A board's field: '제 목 : …', or with the outlet's tag after it, '제목 [가상드림] …'.
    title = re.sub(r"^제\s?목\s*[:：]\s*|^제목\s+(?=[\[【])", "", title)
    title = clean.ISSUE_BEFORE_TITLE.sub("", title)
    # A pictograph a channel sets before its headline ('📌 …'): no word of it.
    title = _LEADING_PICTOGRAPHS.sub("", title) or title
    # ... nor a list's bullet, the headline taken from a list of a page's stories: '· 가상시, …'.
    title = re.sub(r"^[·•]\s+(?=\S)", "", title)
    # A share text's or a channel post's tag of the outlet over the story ('[가상일보] 제목'): the
    # outlet's name, not the headline's (a wire's kicker, '[블룸버그] …', names another).
    tagged = re.fullmatch(r"[\[【]\s*([^\]】]+?)\s*[\]】]\s*(.{10,})", title)
    # (Its name as the registry knows it, too, spaced otherwise: '[TJB 대전방송]' for TJB대전방송.)
    named = tagged and publisher and meta.outlet_named(tagged.group(1), data.outlets) == publisher
    if tagged and publisher and (fold(tagged.group(1)) == fold(publisher) or named):
        title = tagged.group(2)
    # A browser tab's title taken for the headline, the outlet's name after it ('… - 가상제주'), or a
    # video's, its channel's ('… | 가상TV 뉴스' on the channel 가상TV; not '… | AI 시대가 온다' on 'AI 브리핑').
    named = re.escape(publisher) if publisher else ""
    video = how.startswith("the video's channel")
    if video and len(first := publisher.split()[0]) >= 3:
        named += rf"|{re.escape(first)}\s[^|｜]{{1,15}}"
    if publisher and (tab := re.fullmatch(rf"(.{{10,}}?)\s+[-|｜–]\s+(?:{named})", title)):
        title = tab.group(1)
    deck = (_DECK_ITEM.sub("", line) for line in page.deck)
    article = Article(seed=seed_name, title=title, subtitle=" / ".join(deck), paragraphs=paragraphs)
    article.publisher = publisher or ""
    if publisher and how.startswith("seed file name"):
        warnings.append(f"publisher '{publisher}' taken from the {how}: the page prints no outlet; check it")
    if publisher and not known:
        warnings.append(
            f"publisher '{publisher}' ({how}) is not in the outlet registry; add it to content/outlets.yaml"
        )
    if video and "publisher" not in override:
        # (A newsroom's channel is the outlet; a creator's is published by the platform.)
        review.append(f"publisher: {how}; check it")
    if not article.publisher and "publisher" not in override:
        review.append("publisher: not printed (no dateline, copyright line, e-mail or outlet name)")
    # (An outlet the registry does not know reads as a name in its byline: '뉴스사천 조현우 기자'.)
    outlet = meta.masthead_spellings(page, publisher) | {publisher} if publisher else set()
    if how == "the reprint's note":
        outlet |= meta.reprinter_names(page)
    article.author = meta.find_authors(page, data.outlets, data.lexicon, outlet)
    # A column's headline signed by its writer after a slash, as print pages set it ('… 지켜야 /홍길동').
    signed = re.fullmatch(r"(.{10,}?)\s*/\s*([가-힣]{2,4})", article.title)
    if signed and signed.group(2) in article.author and "title" not in override:
        article.title = title = signed.group(1)
    article.tags = tags.find_tags(data.tags, title, page.deck, paragraphs)
    article.summary = summary.summary(paragraphs, title)

    lines = [(i + 1, line.strip()) for i, line in enumerate(text.split("\n")) if line.strip()]
    by_number = dict(lines)
    zones = dates.zones(lines, page, data.lexicon)
    # (A Korean outlet's service in Chinese prints Korea's time: '韩联社' is Yonhap.) A foreign outlet's
    # own page, in its language, prints its own clock ('GLOBAL TIMES' atop it, in English); a Korean
    # page carrying its story (its wire copy, in Korean or in English) prints the carrier's.
    registered = next((known for known in data.outlets if known.name == publisher), None)
    wall = None if registered is not None and registered.kind != "foreign" else dates.page_zone("\n".join(paragraphs))
    own = registered if registered is not None and registered.zone else None
    carried = meta.portal_named(page, data.outlets)
    if wall is None and own is not None and not carried:
        head = [fold(line).casefold() for line in text.split("\n") if line.strip()][:3]
        signed = [fold(line).casefold() for _, line, reason in page.chrome if reason == "copyright"]
        names = [fold(name).casefold() for name in (own.name, *own.aliases, *own.domains)]
        # (Its own page in Korean opens with its name and is signed by it: '신화망 한국어판' over the
        # page, 'Copyright © … XINHUANET.com' under it. A Korean outlet or a portal carrying its story
        # in Korean, its credit in the copyright line too, prints Korea's clock.)
        first, atop, under = (any(name in line for name in names for line in part) for part in (head[:1], head, signed))
        if first and under or not any(map(KOREAN.search, paragraphs)) and (atop or under):
            wall = zoneinfo.ZoneInfo(own.zone)
    # A Korean outlet's page keeps Korea's clock whatever weather it shows; another's may be abroad.
    korean = registered is not None and registered.kind not in ("foreign", "overseas")
    if wall is None and not korean and not carried:
        header = (line for n, line, _ in page.chrome if page.title_line is None or n < page.title_line)
        wall = dates.site_clock(header, data.lexicon)
    evidence = dates.collect(lines, zones, tz, data.lexicon, wall)
    published, updated, notes = dates.decide(evidence, by_number, data.lexicon)
    body = "\n".join([title, *page.deck, *paragraphs])
    if published is not None and (note := dates.after_the_story(published, body, page)):
        notes.append(note)
        published = None
    if published is not None and (note := dates.over_a_pasted_story(published, evidence, by_number)):
        notes.append(note)
        published = None
    warnings += [f"date: {note}" for note in notes]
    if (
        published is not None
        and "date" not in override
        and (note := dates.past_the_address(published, evidence, body, page))
    ):
        review.append(f"date: {note}")
    if published is None and "date" not in override:
        published = dates.stamp_above(evidence, by_number, body, page)
        if published is not None and dates.over_a_pasted_story(published, evidence, by_number):
            published = None  # (the same post's stamp, over the headline: the story's day is not printed)
        if published is not None and not isinstance(published.value, dt.datetime):
            # Kept, for an editor to confirm: a day alone may be the day the page was read.
            review.append(f"date: {published.source}, a day without a time; check its month")
    if published is None and "date" not in override:
        published = dates.release_day(page)  # a whole day the release's own dateline prints
    if published is None and "date" not in override:
        published = dates.infer(body, evidence, page, data.milestones, tags.mentions(data.tags, body), updated)
        if published is not None:
            warnings.append(f"date inferred: {format_date(published.value)} ({published.source})")
        # Worked out from the event alone, no day printed ('이날' the text's only word for it): the event's
        # day where it happened, which Korea's clock may have turned past (an American morning).
        if published is not None and published.source.startswith("text: relative to "):
            review.append(f"date: {published.source}, no day printed; the event's own day, or Korea's next?")
        # A letter's day bounds the story it carries ('5일' in a story sent on the 7th ran on the 5th);
        # a letter that says it sends stories, its subject the headline over the mail's day, may be
        # one itself, naming the days of its events: the text does not say which. (A letter that is
        # the story runs at the time its mail shows: dates.zones. A board's post of a story under the
        # story's headline is the story's.)
        if published is not None and " + sent " in published.source:
            reposted = {n for n, _line, reason in page.chrome if reason == "repost note"}
            under = [ev.line for ev in evidence if ev.zone == "mail" and ev.line not in reposted]
            if any(n > (page.title_line or len(lines)) for n in under):
                review.append(f"date: {published.source}; the letter's own day or the story's?")
    if published is not None and "date" not in override:
        published = dates.with_its_time(published, by_number, page, tz)
    if published is not None and captured is not None and (note := dates.after_the_capture(published, captured)):
        warnings.append(f"date: {note}")
        published = None
    if "date" in override:
        article.date, article.date_source = override["date"], "override"
    elif published is not None:
        article.date, article.date_source = published.value, published.source
        if own is not None and wall is None and not carried:
            # An outlet abroad whose own page this may be, unsigned: its clock or a Korean carrier's.
            review.append(f"date: {publisher}'s own pages print {own.zone} time; read here as Korea's: check it")
    else:
        article.date, article.date_source = dates.candidate(evidence, captured, tz, body, by_number)
        review.insert(0, dates.unresolved(body))
    fixes_file = (Path(shown).parent / overrides.FILE).as_posix()
    article.updated = override.get("updated", updated.value if updated else None)
    if article.updated and article.date and earlier(article.updated, article.date):
        # A 수정 stamp before the 입력 one (a typo on the page, or a date set in seeds.yaml), or an
        # update set in seeds.yaml before the date the page gives: the build would refuse the article.
        where = f"{fixes_file}: '{seed_name}': " if "updated" in override else ""
        warnings.append(f"{where}updated: dropped {format_date(article.updated)}, earlier than the date")
        article.updated = None

    for key in ("title", "subtitle", "publisher", "author", "tags", "summary", "source_url"):
        if key in override:
            setattr(article, key, override[key])
    # A tag given as the site shows it ('오픈AI') is written as articles name it ('OpenAI').
    article.tags = list(dict.fromkeys((data.tag_meant(tag) or (tag,))[0] for tag in article.tags))
    if article.source_url and not is_web_address(article.source_url):
        # The build would refuse the article; a seed's other fields are still worth having.
        warnings.append(f"{fixes_file}: source_url {article.source_url!r} dropped (not an http(s) address)")
        article.source_url = ""
    article.slug = override.get("slug") or existing_slug or summary.article_slug(seed_name, article.tags, data.tags)
    article.review = review
    # (A title from the lede, or a short one, may stand; one that reads as a sentence most likely does not.)
    article.draft = any(not line.startswith("title:") or line in (SENTENCE_TITLE, MENU_TITLE) for line in review)
    portal = meta.find_portal(page, data.outlets, article.source_url)
    return Result(article, warnings, portal=portal, repaired=bool(fixes))


def _reasons(chrome: list[tuple[int, str, str]]) -> str:
    seen: dict[str, int] = {}
    for _, _, reason in chrome:
        seen[reason] = seen.get(reason, 0) + 1
    return ", ".join(f"{r} {n}" if n > 1 else r for r, n in seen.items())


def _front_matter(path: Path) -> dict[str, Any]:
    """An article file's front matter as it is on disk; empty when there is none to read."""
    if not path.exists():
        return {}
    split = yamlio.split_front_matter(path.read_text(encoding="utf-8", errors="replace"))
    if split is None:
        return {}
    data, problem = yamlio.parse(split[0], str(path))
    return data if not problem and isinstance(data, dict) else {}


def _existing_slug(path: Path) -> str:
    return str(_front_matter(path).get("slug") or "")


_SEED_FIELD = re.compile(r"^seed:.*$", re.M)


def _seed_named(front_matter: str) -> str | None:
    """The `seed:` of an article's front matter, read as YAML reads it (quoted or not: ingest quotes
    '#1 속보.txt' and leaves it's.txt bare), without parsing the rest: every article may be read."""
    line = _SEED_FIELD.search(front_matter)
    value = yamlio.parse(line.group(), "")[0] if line else None
    seed = value.get("seed") if isinstance(value, dict) else None
    return seed if isinstance(seed, str) else None


def _article_seeds(folder: Path) -> Iterator[tuple[str, str]]:
    """(article file name, the seed its front matter names, by nfc()) for each article in `folder`
    that names one: those ingest wrote, under any name."""
    for name in article_names(p.name for p in folder.glob("*.md")):
        try:
            split = yamlio.split_front_matter((folder / name).read_text(encoding="utf-8", errors="replace"))
        except OSError:
            continue  # the build names a file it cannot read
        if split and (seed := _seed_named(split[0])) is not None:
            yield name, nfc(seed)


def _renamed(folder: Path, seeds: list[Path]) -> dict[str, Path]:
    """The articles of seeds whose files an editor renamed ('003_….md' to 'sputnik-moment.md'),
    found by the seed their front matter names. Without this, ingest wrote the seed's article
    again under its first name: a second article claiming the same URL."""
    missing = {nfc(p.name): p.name for p in seeds if not (folder / f"{p.stem}.md").exists()}
    found: dict[str, Path] = {}
    for name, seed in _article_seeds(folder) if missing else ():
        if seed in missing:  # (renamed from a Mac's spelling, or to it)
            found.setdefault(missing[seed], folder / name)
    return found


def _not_a_seed(name: str, shown: str) -> str:
    """Why ingest does not read a file named `name` in the seeds folder, and what to do."""
    suffix = os.path.splitext(name)[1].lower()
    if suffix == ".txt":  # '기사.TXT', as Windows may save it
        return "not read: a seed's name ends in .txt (lower case)"
    if suffix in (".html", ".htm"):
        return "not read: a seed is the page's text (.txt); copy the text, not the saved page"
    if name.lower() in ("seeds.yml", overrides.FILE):
        return f"not read: per-seed corrections are read from {shown}/{overrides.FILE}"
    return "not read: a seed is the page's text in a file whose name ends in .txt"


def _passed_over(folder: Path, read: set[str], shown: str) -> list[str]:
    """A warning for each file or folder in the seeds folder that ingest does not read, saying
    what to do: an editor who drops '기사.TXT', a saved page or a month's folder there would
    otherwise wait for articles that never come. Hidden and scratch files and seeds.yaml are
    none of these, nor a folder holding no *.txt (a saved page's 'x_files/')."""
    found = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                name = entry.name
                if name in read or name == overrides.FILE or name.startswith(".") or scratch(name):
                    continue
                try:
                    is_dir = entry.is_dir()
                    holds_seeds = is_dir and any(n.lower().endswith(".txt") for n in os.listdir(entry.path))
                except OSError:  # a loop of links, or gone while looked at
                    continue
                if holds_seeds:
                    found.append(f"{shown}/{name}/: seeds in folders are not read; move them into {shown}/")
                elif not is_dir:
                    found.append(f"{shown}/{name}: {_not_a_seed(name, shown)}")
    except OSError:  # no seeds folder: nothing passed over
        pass
    return [f"warning: {line}" for line in sorted(found)]


@dataclass
class Ingested:
    failed: list[str] = field(default_factory=list)  # each failed seed's error (`path:line: message`)
    # Seed name -> why its article was left as it is (edited or deleted by hand), for the preview
    # to say when that seed is the one just saved.
    kept: dict[str, str] = field(default_factory=dict)


def run(config: Config, *, force: bool = False) -> int:
    """Ingest every seeds/*.txt; print the report; non-zero when any seed failed."""
    return 1 if ingest_seeds(config, force=force).failed else 0


def ingest_seeds(config: Config, *, force: bool = False) -> Ingested:
    """Ingest every seeds/*.txt and print the report. Raises SiteError when seeds.yaml or a
    data file is bad. Two at once (a preview's, on a seed's save, and one from the command line)
    run one after the other: each writes the ledger of the seeds it read."""
    with one_at_a_time(config.content_dir):
        return _ingest_seeds(config, force=force)


def _ingest_seeds(config: Config, *, force: bool = False) -> Ingested:
    data, problems = load_all(config.content_dir, config.root)
    seed_fields, more = overrides.load(config.seeds_dir, config.root, config.tz)
    problems += more
    if problems:
        raise SiteError(problems)
    # A hidden name is an editor's or a system's file ('.#a.txt', macOS's '._a.txt'), as in
    # content/articles, where a file so named would never be built.
    found = sorted(config.seeds_dir.glob("*.txt")) if config.seeds_dir.is_dir() else []
    seeds = [path for path in found if not path.name.startswith(".")]
    seeds_shown = display_path(config.seeds_dir, config.root)
    names = {path.name for path in seeds}
    named = {nfc(name) for name in names}  # as seeds.yaml's names are
    for warning in _passed_over(config.seeds_dir, names, seeds_shown):
        print(warning)
    if not seeds:
        print(f"ingest: no seeds found in {seeds_shown}/*.txt")
        return Ingested()
    unknown = sorted(set(seed_fields) - named)
    out_dir = config.content_dir / "articles"
    # A run stopped between two steps of a write leaves its temporary file (hidden, never built), which
    # may hold the text an edit had just before (see write.replace_file): said, never deleted.
    for left in sorted(out_dir.glob(".*.md.*.tmp")):
        print(
            f"warning: {display_path(left, config.root)}: left by an ingest that was stopped; it may hold an edit "
            f"of {left.name[1:].split('.md.')[0]}.md: compare the two, then delete it"
        )
    renamed = _renamed(out_dir, seeds)
    ledger_shown = display_path(out_dir / LEDGER, config.root)
    ledger = read_ledger(out_dir, ledger_shown)
    # Without its ledger, a folder of articles ingest wrote cannot tell an article deleted by hand
    # from a seed never read: none is written until the ledger is back, or `--force` says to.
    lost = ledger is None and not force and next(_article_seeds(out_dir), None) is not None
    # The ledger's seeds that are gone from the seeds' folder; of those whose articles are gone too
    # (`deleted`, by their bytes' digest: an article deleted by hand, then its seed renamed), the same
    # bytes under a new name are that seed, its article still deleted.
    gone = {name: entry for name, entry in (ledger or {}).items() if name not in named}
    deleted: dict[str, str] | None = None
    reports: list[SeedReport] = []
    saved: dict[str, str] = {}  # seed -> the time it was saved, as the ledger keeps it
    kept: dict[str, str] = {}

    def keep(report: SeedReport, message: str) -> None:
        """Leave a seed's article as the editor left it (deleted or edited), saying so."""
        report.status = "kept"
        kept[report.seed] = message
        report.warnings.append(message)

    diffs: list[str] = []
    written: list[tuple[SeedReport, Path, copies.Fresh]] = []
    placing: list[tuple[SeedReport, Path, str]] = []
    for path in seeds:
        shown = display_path(path, config.root)
        target = renamed.get(path.name, out_dir / f"{path.stem}.md")
        report = SeedReport(seed=path.name, status="failed")
        reports.append(report)
        placed = target.exists() or waiting(target)  # (staged: a run was stopped before placing it)
        if ledger is not None and nfc(path.name) in ledger and not force and not placed:
            # Deleting an article is an edit like any other, and ingest never undoes one.
            keep(
                report,
                f"{display_path(target, config.root)} was deleted by hand; not written again (delete {shown} too; "
                f"to get the article back, delete its line in {ledger_shown})",
            )
            continue
        if lost and not target.exists():
            keep(
                report,
                f"{display_path(target, config.root)}: not written, as {ledger_shown} is missing (ingest wrote the "
                f"articles here, and only it tells an article deleted by hand); restore it (git checkout -- "
                f"{ledger_shown}), or `ingest --force` writes every such article",
            )
            continue
        try:
            slug = _existing_slug(target)
        except OSError as exc:  # the article a former run wrote, which the seed would update
            report.error = (
                f"{display_path(target, config.root)}: cannot read ({exc.strerror}); its seed is left for now"
            )
            print(report.error, file=sys.stderr)
            continue
        if problem := name_problem(path, config.root):  # (a name the ledger cannot hold)
            report.seed, report.error = problem.path.rsplit("/", 1)[-1], str(problem)
            print(report.error, file=sys.stderr)
            continue
        try:
            info = path.stat()
            if not (stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode)):  # reading a pipe waits forever
                raise SeedError(f"{shown}: a pipe or device, not a file; a seed is a text file")
            size = too_big(info.st_size, config.max_file_size)
            if size:  # told before reading: a huge seed would stall every stage below
                raise SeedError(f"{shown}: {size}")
            data_bytes = path.read_bytes()
            if gone and not force and not target.exists() and (ledger is None or nfc(path.name) not in ledger):
                if deleted is None:
                    written_by = {seed for _, seed in _article_seeds(out_dir)}
                    # (Not one whose article still waits to be placed: a run was stopped before it.)
                    never = {n for n in gone if waiting(out_dir / f"{Path(n).stem}.md")}
                    deleted = {
                        entry_digest(e): n for n, e in gone.items() if entry_digest(e) and n not in written_by | never
                    }
                if (was := deleted.get(seed_digest(data_bytes))) is not None:
                    keep(
                        report,
                        f"{shown} is {was} renamed, whose article was deleted by hand; not written again (to get it "
                        f"back, delete {was}'s line in {ledger_shown})",
                    )
                    continue
            # The seed's time when it was first read, as the ledger kept it for these bytes: not
            # the file's now, which a checkout or a copy sets to its own.
            captured = saved_at(ledger, path.name, data_bytes, config.tz)
            captured = captured or dt.datetime.fromtimestamp(info.st_mtime, config.tz)
            saved[path.name] = ledger_entry(captured, data_bytes)
            result = ingest_bytes(
                data_bytes,
                path.name,
                shown,
                data,
                seed_fields.get(nfc(path.name)),
                slug,
                tz=config.tz,
                captured=captured,
            )
        except SeedError as exc:
            report.error = str(exc)
            print(exc, file=sys.stderr)
            continue
        except OSError as exc:
            report.error = f"{shown}: cannot read ({exc.strerror})"
            print(report.error, file=sys.stderr)
            continue
        except Exception as exc:  # noqa: BLE001 - one odd seed must not stop the others
            report.error = f"{shown}: ingest failed on this seed ({type(exc).__name__}: {exc}); please report it"
            print(report.error, file=sys.stderr)
            continue
        report.warnings = result.warnings
        if result.skipped or result.article is None:
            report.status = "skipped"
            continue
        fresh = copies.Fresh(target.name, result.article, result.portal, result.repaired, target.exists())
        written.append((report, target, fresh))
    found = copies.mark([fresh for _, _, fresh in written], out_dir, force=force, tz=config.tz)
    for report, target, fresh in written:
        article = fresh.article
        report.warnings += found.pop(target.name, [])
        if fresh.existed and not target.exists() and not force:  # deleted by hand while this run read it
            keep(report, f"{display_path(target, config.root)} was deleted by hand; not written again")
            continue
        text = render(article)
        try:
            if target.exists():
                outcome = write_article(target, text, force=force, shown=display_path(target, config.root))
            else:  # placed once the ledger names its seed (below)
                stage_article(target, text)
                placing.append((report, target, text))
                outcome = Outcome("written")
        except OSError as exc:  # a full disk: the article is left as it was, never half-written
            report.error = f"{display_path(target, config.root)}: cannot write ({exc.strerror or exc}); left as it was"
            print(report.error, file=sys.stderr)
            continue
        report.status = outcome.status
        if outcome.status == "kept":
            keep(report, f"{display_path(target, config.root)} was edited by hand; left as is (use --force to rewrite)")
        if outcome.backup:
            edited = display_path(target, config.root)
            report.warnings.append(f"{edited}: the edited version is kept as {outcome.backup}")
        if outcome.diff:
            diffs.append(outcome.diff)
        report.title = article.title
        report.date = format_date(article.date) if article.date else ""
        report.date_source = article.date_source
        report.publisher = article.publisher
        report.author = ", ".join(article.author)
        report.tags = ", ".join(article.tags)
        # (A file edited by hand is what the editor made of it: listed only while it is still a draft.)
        draft = article.draft and (outcome.status != "kept" or _front_matter(target).get("draft") is True)
        report.review = article.review if draft else []
    written_for = {r.seed for r in reports if r.status not in ("skipped", "failed")}  # (or deleted since)
    # A seed that failed this time keeps its line, and so does one that is gone: back again (another
    # branch checked out, a file moved aside and back), its article deleted by hand stays deleted.
    # (A seed whose article was deleted by hand, not read this time, keeps its line as it was.)
    lines = {name: saved.get(name) or (ledger or {}).get(nfc(name), "") for name in written_for}
    lines.update((name, ledger[nfc(name)]) for name in names - written_for if ledger and nfc(name) in ledger)
    lines.update(gone)
    try:
        write_ledger(out_dir, lines)
    except OSError as exc:
        print(f"{ledger_shown}: cannot write ({exc.strerror or exc})", file=sys.stderr)
        # (An article placed before the ledger names its seed would come back after its deletion.)
        for report, target, _text in placing:
            report.status = "failed"
            report.error = f"{display_path(target, config.root)}: not written, as {ledger_shown} cannot be"
            print(report.error, file=sys.stderr)
        placing = []
    for report, target, text in placing:
        try:
            outcome = place_article(target, text, force=force, shown=display_path(target, config.root))
        except OSError as exc:
            report.status = "failed"
            report.error = f"{display_path(target, config.root)}: cannot write ({exc.strerror or exc})"
            print(report.error, file=sys.stderr)
            continue
        if outcome.status == "kept":  # (a file of the same name came meanwhile)
            keep(report, f"{display_path(target, config.root)} was written by hand meanwhile; left as is")
    for diff in diffs:
        print(diff, end="" if diff.endswith("\n") else "\n")
    print(table(reports))
    for name, warnings in sorted(found.items()):  # files without a seed in this run
        print("\n".join(f"warning: {display_path(out_dir / name, config.root)}: {w}" for w in warnings))
    for name in unknown:
        print(f"warning: seeds/{overrides.FILE} names '{name}', which is not a seed in {seeds_shown}")
    print(counts(reports))
    held = review_list(reports, display_path(out_dir, config.root))
    if held:
        print(held)
    return Ingested([r.error or f"{r.seed}: ingest failed" for r in reports if r.status == "failed"], kept)


__all__ = ["run", "ingest_seeds", "Ingested", "ingest_bytes", "SeedError", "Problem"]
