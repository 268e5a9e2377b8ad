"""The Jinja2 environment: theme lookup with per-site overrides, Korean date filters,
and template errors turned into `path:line: message` problems."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import traceback
from pathlib import Path
from typing import Any

import jinja2
import jinja2.meta

from .config import BUNDLED_THEMES, Config
from .errors import Problem, display_path

WEEKDAYS = "월화수목금토일"
SITE_TEMPLATES = "templates"  # a file here replaces the theme's file of the same name


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


def shown(names: Any, tags: Any) -> list[str]:
    """The tag names that have a page (are in `tags`), in their order."""
    return [name for name in names if name in tags]


def latest(articles: Any) -> dt.datetime:
    """When a list of articles last changed: for a feed's <updated>."""
    return max((a.updated or a.date for a in articles), default=dt.datetime(1970, 1, 1, tzinfo=dt.UTC))


def make_env(config: Config, bytecode_dir: Path | None = None) -> jinja2.Environment:
    if bytecode_dir is not None:
        # Compiling folds filters of constants into the code ('tags/' | url becomes
        # '/REPO/tags/'), so compiled templates are only valid for the settings they were
        # compiled with: one cache folder per settings digest.
        bytecode_dir = bytecode_dir / config.digest()[:16]
        bytecode_dir.mkdir(parents=True, exist_ok=True)
    env = jinja2.Environment(
        bytecode_cache=jinja2.FileSystemBytecodeCache(str(bytecode_dir)) if bytecode_dir else None,
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
    env.filters.update(kdate=kdate, kdatetime=kdatetime, isodate=isodate, latest=latest, shown=shown)
    # Filters as well as functions: the theme writes `'tags/' | url` because Jinja calls a
    # filter directly, a function through its context at three times the cost.
    env.filters.update(url=config.url, absolute_url=config.absolute_url)
    env.globals.update(site=config, url=config.url, absolute_url=config.absolute_url)
    return env


# A template that shows an article's body: 'a.body', 'body | markdown', '| markdown'. The HTML
# <body> element and CSS classes such as 'article-body' do not count.
_READS_BODY = re.compile(r"(?<![<\w/-])body\b(?!\s*>)|\bmarkdown\b")


def reads_bodies(env: jinja2.Environment, name: str, seen: set[str] | None = None) -> bool:
    """Whether template `name`, or any template it extends, includes or imports, can show an
    article's body. A site's own template may (a full-content feed), so the build asks every
    template rather than knowing which shipped ones do."""
    seen = set() if seen is None else seen
    if name in seen:
        return False
    seen.add(name)
    source = env.loader.get_source(env, name)[0] if env.loader else ""
    # The plan already marks the bodies the shipped theme's templates show: only a template that
    # differs from them, by even a byte, is searched for bodies of its own.
    if not _shipped(name, source) and _READS_BODY.search(source):
        return True
    children = jinja2.meta.find_referenced_templates(env.parse(source))
    # A name computed at render time (None) could be anything: assume it shows bodies.
    return any(child is None or reads_bodies(env, child, seen) for child in children)


def _shipped(name: str, source: str) -> bool:
    """Whether `source` is, to the byte, the template of that name in a theme shipped with the package."""
    return any(path.read_text(encoding="utf-8") == source for path in BUNDLED_THEMES.glob(f"*/templates/{name}"))


def templates_digest(config: Config) -> str:
    """Hash of every template the site can use; a change re-renders every page."""
    digest = hashlib.sha1()
    for folder in template_dirs(config):
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def error_problem(exc: Exception, config: Config, fallback: str) -> Problem:
    """Where in which template an error happened, as a Problem."""
    if isinstance(exc, jinja2.TemplateSyntaxError) and exc.filename:
        return Problem(display_path(Path(exc.filename), config.root), exc.lineno, f"template syntax: {exc.message}")
    if isinstance(exc, jinja2.TemplateNotFound):
        return Problem(fallback, None, f"template not found: {exc.name}")
    location: tuple[str, int | None] = (fallback, None)
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.endswith((".html", ".xml", ".txt", ".json")):
            location = (display_path(Path(frame.filename), config.root), frame.lineno)
    message = exc.message if isinstance(exc, jinja2.TemplateError) and exc.message else str(exc)
    return Problem(location[0], location[1], f"template error: {message}")


def render(env: jinja2.Environment, name: str, context: dict[str, Any]) -> str:
    return env.get_template(name).render(context)
