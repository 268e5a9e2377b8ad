"""site.yaml: the site's settings, validated into a frozen dataclass, and the URL helper.

Every internal link, asset and feed URL goes through `Config.url()`, so one content tree
builds correctly both at a domain root and under a GitHub Pages project path (/REPO/).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import json
import re
import string
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import SplitResult, unquote, urlsplit

from . import yamlio
from .errors import Problem, SiteError, display_path

CONFIG_FILE = "site.yaml"
CACHE_DIR = ".cache"  # the project's folder for what builds keep between them
BUNDLED_THEMES = Path(__file__).resolve().parent.parent / "themes"
PERMALINK_FIELDS = ("{year}", "{month}", "{day}", "{slug}")
ARTICLE_BODIES = ("full", "excerpt")
SITEMAP_URLS = 50_000  # most URLs one sitemap file may list (sitemaps.org protocol)
STORY_WINDOW_MAX = 36_500  # days: a century, as "no limit" as a news archive needs
# An article's file in content/articles: Markdown, and not hidden (a name starting with a dot
# belongs to an editor or a tool).
ARTICLE_FILE = re.compile(r"[^.].*\.md", re.DOTALL)


@dataclass(frozen=True)
class Config:
    root: Path
    title: str = "AI 타임라인"
    description: str = "인공지능 뉴스를 날짜와 태그로 엮은 타임라인"
    base_url: str = "http://127.0.0.1:8000/"
    language: str = "ko"
    timezone: str = "Asia/Seoul"
    page_size: int = 20  # entries on a page of the home timeline
    home_pages: int = 10  # pages of the home timeline; older articles are in the archive
    tag_page_size: int = 100  # entries on a page of a tag's timeline (compact cards)
    permalink: str = "/{year}/{month}/{day}/{slug}/"
    theme: str = "default"
    output: str = "public"
    content: str = "content"
    seeds: str = "seeds"
    domain: str = ""  # written to CNAME when set
    author: str = ""  # feed author; falls back to the site title
    related_count: int = 5
    drafts: bool = False
    max_file_size: int = 2_000_000  # bytes; a bigger article or seed is refused, not read
    stories: bool = True  # group articles on one event into stories (site_builder/stories.py)
    story_similarity: float = 0.2  # least headline-and-lede similarity (0-1) of two articles in one story
    story_window: int = 3  # most days between the first and the last article of a story
    article_body: str = "full"  # or "excerpt": the summary and the first paragraphs, then the original
    # With article_body: full, the newest N articles show their whole text and older ones the
    # excerpt: bodies are half of every article page, and GitHub Pages publishes at most 1 GB.
    full_text: int = 10_000
    feed_size: int = 50  # newest articles in each Atom feed
    sitemap_size: int = 50_000  # most URLs in one sitemap file; more make a sitemap index
    # The newest N articles get a 1200x630 PNG for link previews (og:image); 0: none. Drawing one
    # costs as much as rendering ten pages, and links that are shared are mostly to new articles.
    share_images: int = 200

    def excerpt(self, rank: int) -> bool:
        """Whether the article at `rank` (0: the newest published article; library.published_ranks)
        shows an excerpt, not its whole text."""
        return self.article_body == "excerpt" or rank >= self.full_text

    # -- paths ---------------------------------------------------------------
    def folder(self, value: str) -> Path:
        """A folder setting as named (links not resolved): in the project, or from the home folder
        ('~/sites/timeline', as a shell reads it; not a folder named '~' in the project, which a
        later `rm -rf ~` meant for it would mistake). `load` refuses a '~user' it cannot find."""
        return self.root / Path(value).expanduser()

    @property
    def content_dir(self) -> Path:
        return self.folder(self.content)

    @property
    def seeds_dir(self) -> Path:
        return self.folder(self.seeds)

    @property
    def output_dir(self) -> Path:
        return self.folder(self.output).resolve()

    @property
    def theme_dir(self) -> Path:
        """The project's themes/<theme>, else the theme shipped beside this package."""
        own = self.root / "themes" / self.theme
        return own if own.is_dir() or not (BUNDLED_THEMES / self.theme).is_dir() else BUNDLED_THEMES / self.theme

    @property
    def cache_dir(self) -> Path:
        return self.root / CACHE_DIR

    @property
    def tz(self) -> dt.tzinfo:
        return zoneinfo.ZoneInfo(self.timezone)

    # -- URLs ----------------------------------------------------------------
    @functools.cached_property
    def base_path(self) -> str:
        """The path part of base_url, always with a leading and trailing slash."""
        path = urlsplit(self.base_url).path or "/"
        return path if path.endswith("/") else path + "/"

    def url(self, path: str) -> str:
        """Site-internal URL for an output path like 'tags/' or '/2025/01/28/x/'."""
        return self.base_path + path.lstrip("/")

    @functools.cached_property
    def origin(self) -> str:
        """scheme://host of base_url."""
        parts = urlsplit(self.base_url)
        return f"{parts.scheme}://{parts.netloc}"

    def absolute_url(self, path: str) -> str:
        return self.origin + self.url(path)

    def digest(self) -> str:
        """Hash of every setting that can change rendered output."""
        values = {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name != "root"}
        values["output"] = str(self.output_dir)  # one folder however it is named ('public', './public', …)
        return hashlib.sha1(json.dumps(values, sort_keys=True, default=str).encode()).hexdigest()


def article_names(names: Iterable[str]) -> list[str]:
    """The articles' names among the names of a folder's files, sorted (matched in C: a large
    site's folder holds 100,000)."""
    return sorted(filter(ARTICLE_FILE.fullmatch, names))


KNOWN_KEYS = [f.name for f in dataclasses.fields(Config) if f.name != "root"]


def load(root: Path, overrides: dict[str, Any] | None = None) -> Config:
    """Read site.yaml under `root` (optional), apply command-line overrides, validate."""
    root = root.resolve()
    path = root / CONFIG_FILE
    shown = display_path(path, root)
    values: dict[str, Any] = {}
    problems: list[Problem] = []
    if not yamlio.absent(path):
        data, text, problems = yamlio.load_file(path, shown)
        lines = yamlio.key_lines(text)
        if data is not None and not isinstance(data, dict):
            problems.append(Problem(shown, yamlio.value_line(text), "expected a mapping of settings"))
        elif data:
            for key, value in data.items():
                if key not in KNOWN_KEYS:
                    hint = yamlio.did_you_mean(str(key), KNOWN_KEYS)
                    problems.append(Problem(shown, lines.get(str(key)), f"unknown setting '{key}'{hint}"))
                else:
                    values[key] = value
    given = {k: v for k, v in (overrides or {}).items() if v is not None}
    values.update(given)
    problems += _validate(values, root, shown, lines if path.exists() else {}, set(given))
    if problems:
        raise SiteError(problems)
    return Config(root=root, **values)


def setting_line(root: Path, key: str, value: Any) -> int | None:
    """The line of site.yaml that sets `key` to `value`, for a problem found after loading (the
    output folder refused); None when the value came from elsewhere (the command line)."""
    path = root / CONFIG_FILE
    if yamlio.absent(path):
        return None
    data, text, problems = yamlio.load_file(path, CONFIG_FILE)
    if problems or not isinstance(data, dict) or data.get(key) != value:
        return None
    return yamlio.key_lines(text).get(key)


# Dot-separated labels of letters (any script: an internationalised name), digits and inner
# hyphens: no scheme, path, port or space.
_HOST = re.compile(r"(?=.{1,253}$)(?:[^\W_](?:(?:[^\W_]|-){0,61}[^\W_])?\.)+[^\W\d_](?:[^\W_]|-)*[^\W_]")
KINDS = {int: "a whole number", float: "a number", bool: "true or false", str: "text"}


def is_time_zone(name: object) -> bool:
    """An IANA time zone name this machine knows ('Asia/Seoul')."""
    try:
        return isinstance(name, str) and bool(name) and zoneinfo.ZoneInfo(name) is not None
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False


def _dns_name(host: str) -> bool:
    """Whether `host` has a DNS spelling: Hangul ('한국.kr') has one (IDNA), '한국..kr' none."""
    try:
        host.encode("idna")
    except UnicodeError:
        return False
    return True


def _port_ok(parts: SplitResult) -> bool:
    """Whether an address's port, if it gives one, is a port (urlsplit reads ':99999' as one)."""
    try:
        return parts.port is None or 1 <= parts.port <= 65535
    except ValueError:  # not a number, or out of range
        return False


# Characters a URL never holds unescaped.
_NEVER_IN_A_URL = r"[\s<>\"\\^`{|}]"


def _validate(
    values: dict[str, Any],
    root: Path,
    shown: str,
    lines: dict[str, int],
    given: set[str] | frozenset[str] = frozenset(),
) -> list[Problem]:
    """Problems with the settings; those in `given` came from the command line, and say so."""
    problems = []

    def bad(key: str, message: str) -> None:
        if key in given:
            problems.append(Problem(f"--{key.replace('_', '-')}", None, message))
        else:
            problems.append(Problem(shown, lines.get(key), message))

    defaults = Config(root=Path("."))
    for key, value in values.items():
        expected = type(getattr(defaults, key))
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            continue  # `story_similarity: 1` is a number too
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            bad(key, f"'{key}' must be {KINDS.get(expected, expected.__name__)}, not {yamlio.as_written(value)}")
    if problems:
        return problems
    for key in ("content", "seeds", "output"):
        try:
            Path(values.get(key, "")).expanduser()
        except RuntimeError:  # '~nobody/site': no such user, no home folder to read it from
            bad(key, f"'{key}' {values[key]}: no home folder for '{values[key].split('/')[0]}'")
    try:
        base = urlsplit(values.get("base_url", defaults.base_url))
    except ValueError as exc:  # a bracket that opens no IPv6 address: 'https://example.io]/'
        bad("base_url", f"'base_url' is no web address ({exc}); give one such as https://user.github.io/REPO/")
        base = urlsplit(defaults.base_url)
    if base.scheme not in ("http", "https") or not base.netloc or re.search(_NEVER_IN_A_URL, base.netloc):
        bad("base_url", "'base_url' must be an absolute http(s) URL such as https://user.github.io/REPO/")
    elif not _port_ok(base):
        bad("base_url", f"'base_url' has a port no server can listen on ('{base.netloc}'); ports run 1 to 65535")
    elif "@" in base.netloc:  # it would be printed in every page's links, for anyone to read
        bad("base_url", "'base_url' must not hold a user name or password ('user:password@'): the site is public")
    elif not _dns_name(base.hostname or ""):  # the sitemap writes the host as DNS has it
        bad("base_url", f"'base_url' has a host no DNS name can be ('{base.hostname}': an empty or too long part)")
    elif (
        base.query
        or base.fragment
        or re.search(r"//|/\.\.?(?:/|$)", unquote(base.path))
        or re.search(_NEVER_IN_A_URL, base.path)  # (it would be written raw into robots.txt and every page)
    ):
        bad(
            "base_url",
            "'base_url' must be a plain folder address, without '//', '..', spaces, '?', '#' or any of"
            ' < > " \\ ^ ` { | }',
        )
    elif re.search(r"%(?![0-9A-Fa-f]{2})", base.path):  # every URL of the site would carry it
        bad("base_url", "'base_url' has a '%' that encodes no character (one is '%' and two hex digits: %ED%95%9C)")
    elif re.search(r"\.(?:html?|xml|json|php)$", base.path, re.I):  # not a repository named 'ai.timeline'
        folder = base.path.rsplit("/", 1)[0] + "/"
        bad("base_url", f"'base_url' names a file; give its folder: {base.scheme}://{base.netloc}{folder}")
    for key in ("page_size", "home_pages", "tag_page_size"):
        if values.get(key, 1) < 1:
            bad(key, f"'{key}' must be at least 1")
    if values.get("article_body", defaults.article_body) not in ARTICLE_BODIES:
        shown_choices = " or ".join(ARTICLE_BODIES)
        bad("article_body", f"'article_body' must be {shown_choices}, not {yamlio.as_written(values['article_body'])}")
    if values.get("full_text", 0) < 0:
        bad("full_text", "'full_text' must be 0 or more (how many of the newest articles show their whole text)")
    if values.get("share_images", 0) < 0:
        bad("share_images", "'share_images' must be 0 or more (how many of the newest articles get a share image)")
    if values.get("related_count", 0) < 0:
        bad("related_count", "'related_count' must be 0 or more (how many related articles a page lists)")
    if values.get("feed_size", 1) < 1:
        bad("feed_size", "'feed_size' must be at least 1 (the number of newest articles in a feed)")
    if not 1 <= values.get("sitemap_size", 1) <= SITEMAP_URLS:
        bad(
            "sitemap_size",
            f"'sitemap_size' must be a number of URLs from 1 to {SITEMAP_URLS:,} (the sitemap protocol's limit)",
        )
    if values.get("max_file_size", 1) < 1:
        bad("max_file_size", "'max_file_size' must be a number of bytes, e.g. 2000000")
    if not 0 < values.get("story_similarity", defaults.story_similarity) <= 1:
        bad("story_similarity", "'story_similarity' must be a number above 0 and at most 1, e.g. 0.2")
    if not 0 <= values.get("story_window", defaults.story_window) <= STORY_WINDOW_MAX:
        bad("story_window", f"'story_window' must be a number of days from 0 to {STORY_WINDOW_MAX:,}, e.g. 3")
    permalink = values.get("permalink", defaults.permalink)
    # Each article is a folder with its index.html (and share image): a pattern naming a file
    # ('/{slug}.html') would write '{slug}.htmlindex.html', linked to as '{slug}.html'.
    if "{slug}" not in permalink or not permalink.startswith("/"):
        bad("permalink", "'permalink' must start with '/' and contain {slug}")
    elif ".." in permalink:
        bad("permalink", "'permalink' must not hold '..': every article stays inside the site")
    elif found := re.search(r"[%?#\\\s]", permalink):
        # Each part names a folder and is a URL's as written: '%2e%2e' would be '..' to a browser.
        what = "a space" if found.group().isspace() else f"'{found.group()}'"
        bad("permalink", f"'permalink' must not hold {what}: its parts are folders' names, written as they are")
    elif not permalink.endswith("/") or "//" in permalink:
        bad("permalink", "'permalink' names a folder: it must end with '/' and have no '//', e.g. /{year}/{slug}/")
    else:
        # Each field bare: a format's attribute, index, conversion or spec ('{year.upper}',
        # '{year!r}', '{year:>8}') would put Python's words, or an object's address, in URLs.
        try:
            parts = list(string.Formatter().parse(permalink))
        except ValueError:
            parts = [("", "?", "", None)]
        if any(
            name is not None and (f"{{{name}}}" not in PERMALINK_FIELDS or spec or conv)
            for _, name, spec, conv in parts
        ):
            bad("permalink", f"'permalink' may only use {', '.join(PERMALINK_FIELDS)}")
    theme = values.get("theme", defaults.theme)
    if not re.fullmatch(r"[^/\\.\s][^/\\]*", theme):  # a folder's name in themes/, not '' or a path
        bad("theme", f"'theme' must name a folder in themes/, not {yamlio.as_written(theme)}")
    elif not (Path(root) / "themes" / theme).is_dir() and not (BUNDLED_THEMES / theme).is_dir():
        bad("theme", f"theme '{theme}' not found in themes/")
    if not values.get("title", defaults.title).strip():  # the site's name, in every page's <title>
        bad("title", "'title' must not be empty")
    if not re.fullmatch(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*", values.get("language", defaults.language)):
        written = yamlio.as_written(values["language"])
        bad("language", f"'language' must be a language tag such as ko or ko-KR, not {written}")
    domain = values.get("domain", defaults.domain)
    if domain and not _HOST.fullmatch(domain):  # CNAME holds a host name, nothing around it
        bad("domain", f"'domain' must be a host name such as timeline.example.kr, not {yamlio.as_written(domain)}")
    if not is_time_zone(values.get("timezone", defaults.timezone)):
        bad("timezone", f"unknown time zone '{values.get('timezone')}'")
    return problems
