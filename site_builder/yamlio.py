"""YAML reading that turns every failure into a `path:line: message` problem."""

from __future__ import annotations

import contextlib
import difflib
import errno
import os
import re
import stat
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor

from .errors import Problem

# libyaml's loader is about 8x faster than the pure-Python one and gives the same values.
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Characters XML 1.0 cannot carry: a title holding one (YAML lets "\x01" through in double
# quotes) would make every feed listing it unreadable. With them the C1 controls and the
# noncharacters HTML calls a parse error (those past U+FFFF would make this pattern ten times slower).
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]")
ALIASES = "YAML aliases (&/*) are not allowed"


class Refused(yaml.YAMLError):
    """A value YAML can read but the site cannot use; `mark` is where it starts."""

    def __init__(self, message: str, mark: yaml.Mark) -> None:
        super().__init__(message)
        self.message, self.mark = message, mark


class SiteLoader(Loader):
    """The safe loader, with impossible dates and keys given twice refused at their line, and
    control characters dropped from strings."""


def _timestamp(loader: SafeConstructor, node: yaml.ScalarNode) -> Any:
    # PyYAML's own constructor raises a bare ValueError (no line) for `2025-02-30`.
    try:
        return SafeConstructor.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError) as exc:
        # Python's own words for an offset of a day or more are a repr of two timedeltas.
        why = "its UTC offset must be less than 24 hours, e.g. +09:00" if "timedelta" in str(exc) else exc
        raise Refused(f"'{node.value}' is not a date on the calendar ({why})", node.start_mark) from None


class Undated(str):
    """A timestamp with no day on the calendar ('2025-13-01'), kept as written with why (`why`) and
    its line in the text (`line`, from 0), so that the file's other problems are found with it."""

    why: str
    line: int


def _undated(loader: SafeConstructor, node: yaml.ScalarNode) -> Any:
    try:
        return _timestamp(loader, node)
    except Refused as refused:
        value = Undated(node.value)
        value.why, value.line = refused.message, refused.mark.line
        return value


def undated(data: Any) -> list[Undated]:
    """The Undated values anywhere in `data`, in order."""
    if isinstance(data, Undated):
        return [data]
    if isinstance(data, dict):
        return [found for value in data.values() for found in undated(value)]
    if isinstance(data, list):
        return [found for value in data for found in undated(value)]
    return []


def _string(loader: SafeConstructor, node: yaml.ScalarNode) -> str:
    value = SafeConstructor.construct_yaml_str(loader, node)
    return CONTROL.sub("", value) if CONTROL.search(value) else value


def _mapping(loader: SafeConstructor, node: yaml.MappingNode) -> Any:
    # YAML keeps the last of two equal keys without a word: a second 'tags:' line added instead
    # of the first one edited would drop the first unseen.
    seen: set[str] = set()
    for key, _ in node.value:
        if isinstance(key, yaml.ScalarNode):
            if key.value in seen:
                raise Refused(f"'{key.value}' is given twice; keep one", key.start_mark)
            seen.add(key.value)
    yield from SafeConstructor.construct_yaml_map(loader, node)


SiteLoader.add_constructor("tag:yaml.org,2002:map", _mapping)
SiteLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
SiteLoader.add_constructor("tag:yaml.org,2002:str", _string)


class KeepingLoader(SiteLoader):
    """SiteLoader, with an impossible date read as an Undated value instead of refused."""


KeepingLoader.add_constructor("tag:yaml.org,2002:timestamp", _undated)


def alias_problem(text: str, path: str, first_line: int = 1) -> Problem | None:
    """The first anchor or alias in `text`, found by the scanner before anything is built: a few
    hundred bytes of nested aliases expand to gigabytes ("billion laughs")."""
    if "&" not in text and "*" not in text:
        return None
    try:
        for token in yaml.scan(text, Loader=Loader):
            if isinstance(token, yaml.AnchorToken | yaml.AliasToken):
                return Problem(path, first_line + token.start_mark.line, ALIASES)
    except yaml.YAMLError:
        return None  # a syntax error: parse() reports it with its line
    return None


def parse(text: str, path: str, first_line: int = 1, keep_undated: bool = False) -> tuple[Any, Problem | None]:
    """Parse YAML text; `first_line` is where the text starts inside its file. `keep_undated`: an
    impossible date is an Undated value (see `undated`), not the problem returned."""
    refused = alias_problem(text, path, first_line)
    if refused:
        return None, refused
    try:
        return yaml.load(text, Loader=KeepingLoader if keep_undated else SiteLoader), None
    except Refused as exc:
        return None, Problem(path, first_line + exc.mark.line, exc.message)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = first_line + mark.line if mark is not None else first_line
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context, context_mark = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        if context and context_mark is not None and context_mark.line != getattr(mark, "line", None):
            if context.startswith("while scanning"):
                # A token left open (a quote) goes wrong only where the file or the next quote
                # ends: the line to fix is the one where it opens.
                what = "a quoted value" if "quoted" in context else context.removeprefix("while scanning ")
                reason = f"{what} opens on this line and is never closed ({reason} on line {line})"
                line = first_line + context_mark.line
            else:
                reason += f" ({context} started on line {first_line + context_mark.line})"
        lines = text.split("\n")
        hint = _quoting_hint(lines[line - first_line]) if 0 <= line - first_line < len(lines) else ""
        return None, Problem(path, line, f"YAML syntax error: {reason}{hint}")


def _composed(text: str, kind: type[yaml.Node]) -> Any:
    """`text`'s top node when it is a `kind` (a mapping, a sequence); None when it is not, or
    does not parse. Composed on each call: only messages need where things stand."""
    try:
        node = yaml.compose(text, Loader=Loader)
    except yaml.YAMLError:
        return None
    return node if isinstance(node, kind) else None


def value_line(text: str) -> int:
    """Line the document's value starts on, past comments and blank lines: where an error about its kind points."""
    node = _composed(text, yaml.Node)
    return node.start_mark.line + 1 if node else 1


def key_lines(text: str, first_line: int = 1) -> dict[str, int]:
    """Line of each top-level key of a YAML mapping, for pointing errors at the key."""
    node = _composed(text, yaml.MappingNode)
    return {str(k.value): first_line + k.start_mark.line for k, _ in node.value} if node else {}


def item_lines(text: str, first_line: int = 1) -> list[int]:
    """Line of each item of a top-level YAML sequence."""
    node = _composed(text, yaml.SequenceNode)
    return [first_line + item.start_mark.line for item in node.value] if node else []


def key_line(text: str, path: tuple[str | int, ...]) -> int | None:
    """Line of the key at the end of `path`, a walk from the top through mapping keys and
    sequence indexes (('OpenAI', 'label'), (3, 'tags')), for pointing at a key inside an entry;
    None when there is no such key."""
    node = _composed(text, yaml.Node)
    line = None
    for step in path:
        if isinstance(node, yaml.MappingNode):
            pair = next(((key, value) for key, value in node.value if str(key.value) == str(step)), None)
            if pair is None:
                return None
            line, node = 1 + pair[0].start_mark.line, pair[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
            line = 1 + node.start_mark.line
        else:
            return None
    return line


def cut_by_comments(text: str, keys: tuple[str, ...]) -> list[tuple[str, str]]:
    """(key, the value as read) of each of `keys` whose plain value a comment cuts short on its
    line: ' #' ends an unquoted YAML value, so 'title: 앱스토어 #1 등극' reads '앱스토어'."""
    node = _composed(text, yaml.MappingNode)
    if node is None:
        return []
    lines = text.split("\n")
    found = []
    for key, value in node.value:
        if str(key.value) not in keys or not isinstance(value, yaml.ScalarNode) or value.style:
            continue
        rest = lines[value.end_mark.line][value.end_mark.column :] if value.end_mark.line < len(lines) else ""
        if rest.lstrip().startswith("#"):
            found.append((str(key.value), value.value))
    return found


# A value that YAML reads as something else, written unquoted: a ': ' inside it, or a bracket or
# quote opening it that closes before the value ends ('[속보] 딥시크…', '"딥시크" 충격…').
_UNQUOTED = re.compile(r"^(?P<key>[A-Za-z_]\w*):[ \t]+(?P<value>[\[{\"'].*[^\]}\"'\s]|.*\S: .*)$")


def _quoting_hint(line: str) -> str:
    """How to write `line`'s value as text, when an unquoted value is what broke the file."""
    m = _UNQUOTED.match(line.rstrip())
    if m is None:
        return ""
    quoted = "'" + m.group("value").replace("'", "''") + "'"
    return f"; to write it as text, put the whole value in quotes: {m.group('key')}: {quoted}"


def absent(path: Path) -> bool:
    """No file at all: a data file that may be left out. A link to nothing is there, and broken
    (a shared file moved away): taking it for absent would drop every entry without a word."""
    return not path.exists() and not path.is_symlink()


def not_utf8(shown: str, raw: bytes, exc: UnicodeDecodeError) -> Problem:
    """Where a file read as UTF-8 (with or without a byte order mark) is not: its line and byte.
    (A file saved in CP949, as Korean Windows editors save, is read as such nowhere but in seeds/.)"""
    start = exc.start + (3 if raw.startswith(b"\xef\xbb\xbf") else 0)  # utf-8-sig counts after the mark
    line = raw[:start].count(b"\n") + 1
    return Problem(shown, line, f"not UTF-8 text ({exc.reason} at byte {start}); save it as UTF-8")


def load_file(path: Path, shown: str) -> tuple[Any, str, list[Problem]]:
    """Read and parse a YAML file; returns (data, text, problems)."""
    # A pipe or a device in a file's place would be read forever (a named pipe no one writes, /dev/zero).
    with contextlib.suppress(OSError):  # (no file: said as it is read)
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            reason = "a folder, not a file" if stat.S_ISDIR(mode) else "not a file (a pipe or a device)"
            return None, "", [Problem(shown, None, f"{reason}; not read")]
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, "", [not_utf8(shown, path.read_bytes(), exc)]
    except OSError as exc:
        # (A link in a loop, 'a.yaml' -> 'a.yaml', is not there either, and the system says so better.)
        gone = path.is_symlink() and not path.exists() and exc.errno != errno.ELOOP
        reason = f"a link to {os.readlink(path)}, which is not there" if gone else exc.strerror or exc
        return None, "", [Problem(shown, None, f"cannot read ({reason})")]
    data, problem = parse(text, shown)
    return data, text, [problem] if problem else []


def not_text(value: Any) -> str:
    """What a value read where text is meant is instead, or '' when it is text (or a scalar, shown
    as written): a page would show Python's spelling of a list or a mapping, and of a set
    (`!!set`) one that changes from run to run, a set's order being Python's per process."""
    kinds = ((list, "a list"), (dict, "a mapping"), (set, "a set (!!set)"), (bytes, "binary data (!!binary)"))
    return next((kind for cls, kind in kinds if isinstance(value, cls)), "")


def as_written(value: Any) -> str:
    """A value read from YAML as a message shows it: in YAML's words (`[full]`, `{x: 1}`,
    `2025-01-08`), not Python's (`['full']`, `datetime.date(2025, 1, 8)`)."""
    if isinstance(value, str):
        return repr(value)
    dumped = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=1000)
    return dumped.removesuffix("\n...\n").strip()  # (a lone date or number ends the document)


def did_you_mean(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def split_front_matter(text: str) -> tuple[str, str, int] | None:
    """Split '---\\n<yaml>\\n---\\n<body>' into (yaml, body, body's first line number).

    Returns None when the text does not start with a front-matter fence."""
    text = text.lstrip("\ufeff")
    if not text.startswith("---"):
        return None
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        return None
    for i in range(1, len(lines)):
        if lines[i].rstrip() in ("---", "..."):
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1 :]), i + 2
    return None
