"""Orchestration: load -> plan -> render the pages whose inputs changed -> write -> prune."""

from __future__ import annotations

import hashlib
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from . import __version__, datafiles, markdown, templates, write
from .config import Config
from .content import load_articles
from .errors import Problem, SiteError
from .library import build_library
from .pages import Page, fingerprint, plan
from .search import build_index
from .taxonomy import build_taxonomy


@dataclass
class BuildState:
    """What a build leaves behind so the next one can redo only what changed."""

    key: str = ""  # hash of config, templates and code: pages depend on all of it
    inputs: dict[str, str] = field(default_factory=dict)  # output path -> fingerprint of its inputs
    hashes: dict[str, str] = field(default_factory=dict)  # output path -> hash of the bytes written


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

    def summary(self) -> str:
        return (
            f"{self.articles} articles read, {self.outputs} files in site, {self.rendered} rendered, "
            f"{self.written} written, {self.removed} removed, {len(self.warnings)} warnings, "
            f"{self.seconds * 1000:.0f} ms"
        )


def static_files(config: Config) -> dict[str, Path]:
    """Theme assets, then the site's own static/ folder (which wins on a clash)."""
    found: dict[str, Path] = {}
    for folder in (config.theme_dir / "static", config.root / "static"):
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    found["static/" + path.relative_to(folder).as_posix()] = path
    return found


def build(config: Config, previous: BuildState | None = None) -> BuildResult:
    """Build the site. With `previous`, re-render only pages whose inputs changed and
    rewrite only files whose bytes changed. Raises SiteError before writing anything
    when any input is bad."""
    started = time.perf_counter()
    write.check_output_dir(config)
    data, problems = datafiles.load_all(config.content_dir, config.root)
    articles, found = load_articles(config)
    problems += found
    library, found = build_library(articles, config)
    problems += found
    taxonomy, warnings = build_taxonomy(library, data, config)
    if problems:
        raise SiteError(problems)

    env = templates.make_env(config)
    env.filters["markdown"] = markdown.to_html
    key = hashlib.sha1(
        f"{__version__}\0{config.digest()}\0{templates.templates_digest(config)}\0{markdown.SETTINGS}".encode()
    ).hexdigest()
    reuse = previous is not None and previous.key == key and config.output_dir.is_dir()

    outputs: list[tuple[str, str, Callable[[], bytes]]] = []  # (path, input fingerprint, render)
    for page in plan(config, library, taxonomy):
        outputs.append((page.path, page.template + fingerprint(page.context), _renderer(env, page)))
    index = build_index(library.articles, taxonomy.tags)
    outputs.append(("search/index.json", index, index.encode))
    for rel, path in static_files(config).items():
        data_bytes = path.read_bytes()
        outputs.append((rel, write.file_hash(data_bytes), lambda d=data_bytes: d))
    outputs.append((".nojekyll", "", bytes))
    if config.domain:
        outputs.append(("CNAME", config.domain, (config.domain + "\n").encode))

    state = BuildState(key=key)
    rendered: dict[str, bytes] = {}
    errors: list[Problem] = []
    for path, inputs, render in outputs:
        state.inputs[path] = hashlib.sha1(inputs.encode()).hexdigest()
        if reuse and previous.inputs.get(path) == state.inputs[path] and path in previous.hashes:
            state.hashes[path] = previous.hashes[path]
            continue
        try:
            rendered[path] = render()
        except (jinja2.TemplateError, TypeError, ValueError, AttributeError) as exc:
            errors.append(templates.error_problem(exc, config, path))
            continue
        state.hashes[path] = write.file_hash(rendered[path])
    if errors:
        raise SiteError(sorted(set(errors)))

    if reuse:
        stats = write.write_changes(config, rendered, previous.hashes)
        stats.removed = write.remove_stale(config, sorted(set(previous.hashes) - set(state.hashes)))
    else:
        stats = write.write_full(config, rendered)
    return BuildResult(
        state=state,
        articles=len(library.articles),
        outputs=len(outputs),
        rendered=len(rendered),
        written=stats.written,
        removed=stats.removed,
        seconds=time.perf_counter() - started,
        warnings=warnings,
    )


def _renderer(env: jinja2.Environment, page: Page) -> Callable[[], bytes]:
    return lambda: templates.render(env, page.template, page.context).encode()


def build_command(config: Config) -> int:
    result = build(config)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"built {config.output_dir}: {result.summary()}")
    return 0
