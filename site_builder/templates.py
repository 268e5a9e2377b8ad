"""The Jinja2 environment: theme lookup with per-site overrides, Korean date filters,
and template errors turned into `path:line: message` problems."""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import functools
import hashlib
import io
import os
import re
import shutil
import signal
import sys
import tempfile
import threading
import traceback
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import jinja2
import jinja2.bccache
import jinja2.meta
import yaml

from . import code_digest
from .config import Config
from .errors import Problem, display_path, files_under
from .urls import escaped

WEEKDAYS = "월화수목금토일"
SITE_TEMPLATES = "templates"  # a file here replaces the theme's file of the same name
SHIPPED = Path(__file__).resolve().parent / "data" / "shipped_templates.yaml"


def template_dirs(config: Config) -> list[Path]:
    return [config.root / SITE_TEMPLATES, config.theme_dir / "templates"]


def kdate(value: dt.datetime | dt.date, weekday: bool = True) -> str:
    """2025년 1월 28일 (화)"""
    text = f"{value.year}년 {value.month}월 {value.day}일"
    return f"{text} ({WEEKDAYS[value.weekday()]})" if weekday else text


def kdatetime(value: dt.datetime, has_time: bool = True) -> str:
    """2025년 1월 28일 15:54, or the day alone when the time is unknown."""
    text = kdate(value, weekday=False)
    return f"{text} {value.hour:02d}:{value.minute:02d}" if has_time else text


def isodate(value: dt.datetime | dt.date) -> str:
    """RFC 3339 with the site's offset, e.g. 2025-01-28T15:54:00+09:00."""
    if not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day)
    return value.isoformat(timespec="seconds")


def isoday(value: dt.datetime | dt.date) -> str:
    """The day alone, 2025-01-28: for lists where the time would only add bytes."""
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def shown(names: Any, tags: Any) -> list[str]:
    """The tag names that have a page (are in `tags`), in their order."""
    return [name for name in names if name in tags]


def latest(articles: Any) -> dt.datetime:
    """When a list of articles last changed: for a feed's <updated>."""
    # An update given as a day alone is that day's midnight: never earlier than the date itself.
    return max((max(a.date, a.updated or a.date) for a in articles), default=dt.datetime(1970, 1, 1, tzinfo=dt.UTC))


# How ingest says it read a date off the page (or an editor set it in seeds.yaml); any other
# `date_source` is an inference, and the reader is told so.
PRINTED_DATE = ("byline ", "date line ", "override")
_INFERRED = (
    (re.compile(r"text: (.+) \+ year of the event named$"), "본문의 ‘{0}’, 기사에 나온 사건의 연도"),
    (re.compile(r"text: relative to (.+)$"), "본문이 {anchor} 기준으로 말한 날"),
    (re.compile(r"text: (.+) \+ (.+)$"), "본문의 ‘{0}’, {anchor}"),
    (re.compile(r"candidate: '(.+)' printed on the page"), "페이지에 찍힌 ‘{0}’ (기사 날짜인지 확인되지 않음)"),
    (
        re.compile(r"candidate: '(.+)' on or before read on '(.+)'"),
        "본문의 ‘{0}’, 페이지에 찍힌 ‘{1}’ 이전 (확인되지 않음)",
    ),
    (re.compile(r"candidate: the day the seed was saved"), "기사를 저장한 날 (본문에 날짜가 없음)"),
)


def date_note(source: str, events: Mapping[str, str]) -> str:
    """The evidence for a date ingest inferred, in Korean; '' for a printed date. `events`
    maps milestone slugs, which ingest names as anchors, to their titles."""
    if not source or source.startswith(PRINTED_DATE):
        return ""

    def anchor(label: str) -> str:
        if label.startswith("page date "):
            return f"페이지 사진의 날짜 {label.removeprefix('page date ')}"
        return f"주요 사건 ‘{events[label]}’" if label in events else f"‘{label}’"

    for pattern, text in _INFERRED:
        found = pattern.match(source)
        if found:
            groups = found.groups()
            return text.format(*groups, anchor=anchor(groups[-1]) if groups else "")
    return source


_NOT_WORD = re.compile(r"[\W_]+")


def _plain(text: str) -> str:
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text)).lower()


def repeats(text: str, other: str) -> bool:
    """Whether `text` tells a reader nothing `other` has not: the start of `other` once spacing
    and punctuation go, or about as long and holding nearly all of the shorter one's letters in
    order (a headline '중국, 딥시크 띄우기 한창' for the lede '중국의 딥시크 띄우기가 한창입니다')."""
    a, b = _plain(text), _plain(other)
    if not a or b.startswith(a):
        return True
    shorter, longer = sorted((a, b), key=len)
    if len(longer) > 1.6 * len(shorter):  # one says much more than the other
        return False
    blocks = difflib.SequenceMatcher(None, shorter, longer, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks) >= 0.85 * len(shorter)


def _blocks(body: str) -> list[str]:
    return [block.strip() for block in re.split(r"\n\s*\n", body) if block.strip()]


def _paragraph(block: str) -> bool:
    return not re.match(r"#|[-*+] |\d+\. |>|!\[|```|\|", block)


def lead(body: str) -> str:
    """The first paragraph of a Markdown body (headings, lists and images skipped)."""
    return next((block for block in _blocks(body) if _paragraph(block)), "")


# An excerpt's length in characters of Markdown, about two paragraphs of a Korean news story:
# excerpt pages are most of a large archive, and a length, unlike a count of paragraphs, holds
# for outlets that write long paragraphs too.
EXCERPT_CHARS = 300


def excerpt(body: str, paragraphs: int = 3, chars: int = EXCERPT_CHARS) -> str:
    """The start of a Markdown body: its first paragraph, then the blocks after it while they
    keep within `chars` characters in all, up to its `paragraphs`-th paragraph."""
    kept: list[str] = []
    size = 0
    for block in _blocks(body):
        size += len(block)
        if size > chars and any(map(_paragraph, kept)):
            break
        kept.append(block)
        paragraphs -= _paragraph(block)
        if paragraphs <= 0:
            break
    return "\n\n".join(kept) + "\n"


def byline(authors: Any) -> list[str]:
    """Reporter names without a trailing '기자': the page labels them already."""
    return [name for name in (re.sub(r"\s*기자$", "", a).strip() for a in authors) if name]


class CheckedBytecodeCache(jinja2.FileSystemBytecodeCache):
    """Jinja's compiled templates on disk, each file led by a SHA-256 of the rest: a damaged
    file makes Jinja compile the template again instead of running damaged code."""

    def __init__(self, directory: str) -> None:
        super().__init__(directory, "__ai_timeline_%s.cache")  # not Jinja's own name: files of another format

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        path = Path(self._get_cache_filename(bucket))
        try:
            data = path.read_bytes()
        except OSError:
            return  # not compiled yet
        if hashlib.sha256(data[32:]).digest() == data[:32]:
            bucket.load_bytecode(io.BytesIO(data[32:]))
        else:
            print(f"note: {path.name} in .cache/jinja/ is damaged; compiling the template again", file=sys.stderr)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        buffer = io.BytesIO()
        bucket.write_bytecode(buffer)
        payload = buffer.getvalue()
        path = Path(self._get_cache_filename(bucket))
        temp = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)  # another build may have pruned it (_prune)
            # A name of this process's own, so two builds at once never write into each other's file.
            fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                f.write(hashlib.sha256(payload).digest() + payload)
            os.replace(temp, path)
        except OSError as exc:
            # Only a later build's time is lost (a folder where the file goes, a full disk): the
            # template compiled here renders this build's pages all the same.
            if temp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temp)
            reason = exc.strerror or str(exc)
            print(
                f"warning: cannot keep {path.name} in .cache/jinja/ ({reason}); compiling it again next time",
                file=sys.stderr,
            )


KEPT_BYTECODE_DIRS = 8


def _prune(current: Path) -> None:
    """Marks `current` as used now and removes all but the KEPT_BYTECODE_DIRS folders used last:
    each change of settings or of the code makes a new folder, and the old ones would otherwise
    pile up. A few are kept, so switching between two base URLs compiles nothing again."""
    os.utime(current)
    others = []
    for folder in current.parent.iterdir():
        with contextlib.suppress(OSError):  # another build may be removing it
            others.append((folder.stat().st_mtime, folder))
    for _, folder in sorted(others, reverse=True)[KEPT_BYTECODE_DIRS:]:
        if folder != current:
            shutil.rmtree(folder, ignore_errors=True)


def make_env(config: Config, bytecode_dir: Path | None = None) -> jinja2.Environment:
    if bytecode_dir is not None:
        # Compiling folds filters of constants into the code ('tags/' | url becomes
        # '/REPO/tags/'), so compiled templates are only valid for the settings and the code
        # they were compiled with: one cache folder for each.
        bytecode_dir = bytecode_dir / f"{config.digest()[:16]}-{code_digest().hex()}"
        try:
            bytecode_dir.mkdir(parents=True, exist_ok=True)
            _prune(bytecode_dir)
            writable = os.access(bytecode_dir, os.W_OK)
        except OSError:
            writable = False
        if not writable:  # a cache another user made, a read-only checkout: compile every time
            bytecode_dir = None
    env = jinja2.Environment(
        bytecode_cache=CheckedBytecodeCache(str(bytecode_dir)) if bytecode_dir else None,
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs(config)]),
        autoescape=jinja2.select_autoescape(["html", "xml"], default_for_string=True),
        undefined=jinja2.StrictUndefined,  # a typo in a template is an error, not an empty string
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # Templates cannot change during a build, and a change between builds makes a new
        # environment (the build key covers them): no need to stat each template per page.
        auto_reload=False,
    )
    env.filters.update(kdate=kdate, kdatetime=kdatetime, isodate=isodate, isoday=isoday, latest=latest, shown=shown)
    env.filters.update(date_note=date_note, repeats=repeats, lead=lead, excerpt=excerpt, byline=byline)
    # Filters as well as functions: the theme writes `'tags/' | url` because Jinja calls a
    # filter directly, a function through its context at three times the cost.
    env.filters.update(url=config.url, absolute_url=config.absolute_url, uri=escaped)
    # Hangul as itself, not \uXXXX (three bytes, not six, a syllable); `tojson` still escapes
    # < > & ' so the JSON cannot end a <script> element.
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False, "separators": (",", ":")}
    env.globals.update(site=config, url=config.url, absolute_url=config.absolute_url)
    return env


# A template that shows an article's body: 'a.body', 'body | markdown', '| markdown', or
# 'a.digest' (the hash of the whole file, which a body edit changes). The HTML <body> element
# and CSS classes such as 'article-body' do not count.
_READS_BODY = re.compile(r"(?<![<\w/-])body\b(?!\s*>)|\bmarkdown\b|\bdigest\b")


def reads_bodies(env: jinja2.Environment, name: str) -> bool:
    """Whether template `name`, or any template it extends, includes or imports, can show an
    article's body. A site's own template may (a full-content feed), so the build asks every
    template rather than knowing which shipped ones do."""

    def shows(name: str, source: str, parsed: jinja2.nodes.Template) -> bool:
        # The plan already marks the bodies the shipped theme's templates show: only a template that
        # differs from them, by even a byte, is searched for bodies of its own.
        return not _shipped(name, source) and bool(_READS_BODY.search(source))

    return _in_tree(env, name, shows, set())


def reads_excerpt(env: jinja2.Environment) -> bool:
    """Whether the site's article.html, or a template it extends, includes or imports, follows
    `excerpt` (full_text, article_body): one written before full_text reads `site.article_body`
    alone, and shows older articles in full."""

    def follows(name: str, source: str, parsed: jinja2.nodes.Template) -> bool:
        shipped = name == "article.html" and _shipped(name, source)
        return shipped or "excerpt" in jinja2.meta.find_undeclared_variables(parsed)

    try:
        return _in_tree(env, "article.html", follows, set())
    except jinja2.TemplateNotFound as exc:
        return exc.name == "article.html"  # (a missing include is reported where the page renders)


def _in_tree(
    env: jinja2.Environment,
    name: str,
    holds: Callable[[str, str, jinja2.nodes.Template], bool],
    seen: set[str],
) -> bool:
    """Whether `holds(name, source, parsed)` is true of template `name` or of any template it
    extends, includes or imports, each asked once. A name computed at render time could be any
    template: it counts as one that holds."""
    if name in seen:
        return False
    seen.add(name)
    source, filename, _ = env.loader.get_source(env, name) if env.loader else ("", None, None)
    parsed = env.parse(source, name, filename)
    try:
        if holds(name, source, parsed):
            return True
    except jinja2.TemplateSyntaxError as exc:
        # Jinja's introspection compiles the template under a name of its own ('<introspection>'): an
        # unknown filter is said at the template's file.
        exc.name, exc.filename = name, filename
        raise
    children = jinja2.meta.find_referenced_templates(parsed)
    return any(child is None or _in_tree(env, child, holds, seen) for child in children)


@functools.cache
def _shipped_digests() -> dict[str, frozenset[str]]:
    """Template name -> the sha1 of its text in each theme shipped with the package, as recorded
    when it shipped: a theme's folder a site may edit in place is no record of what shipped."""
    themes = yaml.safe_load(SHIPPED.read_text(encoding="utf-8")) or {}
    names: dict[str, set[str]] = {}
    for templates in themes.values():
        for name, digest in templates.items():
            names.setdefault(name, set()).add(str(digest))
    return {name: frozenset(digests) for name, digests in names.items()}


def _shipped(name: str, source: str) -> bool:
    """Whether `source` is, to the byte, the template of that name in a theme shipped with the package."""
    return hashlib.sha1(source.encode("utf-8")).hexdigest() in _shipped_digests().get(name, frozenset())


def templates_digest(config: Config) -> str:
    """Hash of every template the site can use; a change re-renders every page."""
    digest = hashlib.sha1()
    for folder in template_dirs(config):
        for path in files_under(folder, config.root):
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def error_problem(exc: Exception, config: Config, fallback: str) -> Problem:
    """Where in which template an error happened, as a Problem."""
    if isinstance(exc, jinja2.TemplateSyntaxError) and exc.filename:
        return Problem(display_path(Path(exc.filename), config.root), exc.lineno, f"template syntax: {exc.message}")
    frame = template_frame(exc)
    if isinstance(exc, jinja2.TemplateNotFound):
        return Problem(
            *(_naming(config, fallback, exc.name) if frame is None else _shown(frame, config)),
            f"template not found: {exc.name}",
        )
    location = (display_path(Path(frame[0]), config.root), frame[1]) if frame else (fallback, None)
    message = exc.message if isinstance(exc, jinja2.TemplateError) and exc.message else str(exc)
    if not message:  # (Python says nothing of some: MemoryError(), a '{{ "x" * 10**10 }}')
        message = "out of memory" if isinstance(exc, MemoryError) else type(exc).__name__
    return Problem(location[0], location[1], f"template error: {message}")


def _shown(frame: tuple[str, int | None], config: Config) -> tuple[str, int | None]:
    return display_path(Path(frame[0]), config.root), frame[1]


def missing(env: jinja2.Environment, names: Iterable[str]) -> list[str]:
    """The templates of `names` that neither the site's templates/ nor its theme holds."""
    found = set(env.list_templates())
    return [name for name in names if name not in found]


def missing_problems(config: Config, names: list[str]) -> list[Problem]:
    """Pages' templates the theme lacks, each named where it should be, then what to do."""
    folder = config.theme_dir / "templates"
    return [
        *(Problem(display_path(folder / name, config.root), None, "template not found") for name in names),
        Problem(
            display_path(folder, config.root),
            None,
            f"the theme '{config.theme}' lacks {len(names)} of the templates pages are made with: a theme holds"
            f" them all (copy the missing ones from the default theme, or keep the default theme and put only"
            f" the templates you change in {SITE_TEMPLATES}/)",
        ),
    ]


def _naming(config: Config, template: str, name: str) -> tuple[str, int | None]:
    """The template and line that name `name` (an include of a missing one, found before any
    rendering): `template` itself, else the template it extends or includes that does (a site's
    override of base.html), else just `template`."""
    folders = [folder for folder in template_dirs(config) if folder.is_dir()]
    ours = [folder / template for folder in folders if (folder / template).is_file()][:1]
    others = [path for folder in folders for path in files_under(folder, config.root)]
    used: set[str] = set()
    for path in [*ours, *others]:
        relative = next(path.relative_to(f).as_posix() for f in folders if path.is_relative_to(f))
        if relative in used:
            continue  # a theme's file the site overrides is not read
        used.add(relative)
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        line = next((i for i, text in enumerate(lines, 1) if name in text and "{%" in text), None)
        if line is not None or path in ours and not others:
            return display_path(path, config.root), line
    return (display_path(ours[0], config.root), None) if ours else (template, None)


def template_frame(exc: BaseException) -> tuple[str, int | None] | None:
    """The file and line of the innermost template the exception passed through, if any."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename.endswith(_TEMPLATE_SUFFIXES)]
    return (frames[-1].filename, frames[-1].lineno) if frames else None


_TEMPLATE_SUFFIXES = (".html", ".xml", ".txt", ".json")


def undecodable_problem(exc: UnicodeDecodeError, config: Config, fallback: str) -> Problem:
    """A template file that is not UTF-8 text, found by its bytes (it may be one another template
    includes), with the line of its first bad byte."""
    data = bytes(exc.object)
    found = (
        path
        for folder in template_dirs(config)
        if folder.is_dir()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.read_bytes() == data
    )
    where = next(found, None)
    shown = display_path(where, config.root) if where else fallback
    return Problem(shown, data[: exc.start].count(b"\n") + 1, "template is not UTF-8 text")


# A site's template can loop for ever ({% for i in range(10**10) %}), filling memory as it goes (about
# 170 MB a second); no page of the shipped theme takes a tenth of this at 100,000 articles. CPU time,
# not wall time, so a busy machine does not stop a page that is only slow.
RENDER_CPU_LIMIT = 10.0


class RenderTooLong(jinja2.TemplateRuntimeError):
    """A page's template went on past RENDER_CPU_LIMIT."""


def render(env: jinja2.Environment, name: str, context: dict[str, Any]) -> str:
    """The page `name` renders for `context`; RenderTooLong past RENDER_CPU_LIMIT of this process's
    CPU (only the main thread receives signals: elsewhere no limit)."""
    template = env.get_template(name)
    if threading.current_thread() is not threading.main_thread():
        return template.render(context)
    previous = signal.signal(signal.SIGVTALRM, _too_long)
    signal.setitimer(signal.ITIMER_VIRTUAL, RENDER_CPU_LIMIT)
    try:
        return template.render(context)
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)


def _too_long(signum: int, frame: object) -> None:
    raise RenderTooLong(f"rendering took over {RENDER_CPU_LIMIT:g} s of CPU: a loop that does not end?")
