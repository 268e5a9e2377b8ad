"""The commands behind build.py: ingest, build, serve, check, stories, new."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from . import config as config_mod
from . import parallel
from .errors import SiteError, display_path

PROJECT_MARKS = ("site.yaml", "content", "seeds")  # a project holds one at least, by default names


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--root", type=Path, default=Path("."), help="project folder (default: here)")


def _build_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--base-url", help="override site.yaml base_url for this run")
    parser.add_argument("--output", help="override the output folder for this run")
    parser.add_argument("--drafts", action="store_true", default=None, help="include draft articles")


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="build.py", description="ai-timeline static site generator")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="turn seeds/*.txt into content/articles/*.md")
    _common(p)
    p.add_argument("--force", action="store_true", help="rewrite hand-edited articles (shows a diff first)")

    p = sub.add_parser("build", help="render content/ into the output folder")
    _common(p)
    _build_options(p)
    p.add_argument("--no-cache", action="store_true", help="ignore the last build's state and render everything")
    p.add_argument("--jobs", type=_workers, help="worker processes (default: one per core; at most two per core)")
    p.add_argument("--allow-empty", action="store_true", help="build even when no article is to be published")

    p = sub.add_parser("serve", help="build, serve on a local port, rebuild and reload the browser on every save")
    _common(p)
    _build_options(p)
    # The preview includes drafts by default; this shows the site as `build` will publish it.
    p.add_argument("--no-drafts", dest="drafts", action="store_false", default=None, help="leave drafts out")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")

    p = sub.add_parser("check", help="check a built site: links, anchors, feeds, page metadata")
    _common(p)
    _build_options(p)

    p = sub.add_parser("stories", help="list the stories (one event, several outlets) and the copies")
    _common(p)
    p.add_argument("--drafts", action="store_true", default=None, help="group drafts too, as build --drafts does")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")

    p = sub.add_parser("new", help="start a hand-written article in content/articles/")
    _common(p)
    p.add_argument("title", help='the article title, e.g. "딥시크 R1 공개"')
    p.add_argument("--slug", help="URL name (lowercase ASCII and hyphens); default: from the title")
    p.add_argument("--draft", action="store_true", help="mark it as a draft (not published until you remove it)")
    return parser


def _workers(text: str) -> int:
    """--jobs: a count of at least 1. More than two per core only costs the time to start them."""
    try:
        count = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of worker processes") from None
    if count < 1:
        raise argparse.ArgumentTypeError(f"{count}: give at least 1 worker process")
    return min(count, 2 * parallel.cores())


def _not_utf8(argv: list[str]) -> str | None:
    """The first argument that was not UTF-8 (a title typed in EUC-KR reaches Python as lone
    surrogates, which no file, page or message can hold), shown as its bytes."""
    for arg in argv:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            return repr(arg.encode("utf-8", "surrogateescape"))
    return None


def main(argv: list[str] | None = None) -> int:
    parallel.keep_interrupts()
    if (bad := _not_utf8(sys.argv[1:] if argv is None else argv)) is not None:
        print(f"build.py: the argument {bad} is not UTF-8 text; give names and titles in UTF-8", file=sys.stderr)
        return 2
    args = make_parser().parse_args(argv)
    if not args.root.is_dir():  # a mistyped --root: not a folder to make, with a .cache/ and a lock in it
        print(f"{args.root}: no such project folder (give the one that holds site.yaml and content/)", file=sys.stderr)
        return 1
    # Run from a folder of the project (content/) or elsewhere, a command would find no seeds, no
    # articles and no site there, and say only that, or exit 0 having done nothing.
    if not any((args.root / name).exists() for name in PROJECT_MARKS) and not getattr(args, "allow_empty", False):
        print(
            f"{args.root.resolve()}: not a project folder (no site.yaml, content/ or seeds/"
            " in it): run the command in the project's folder, or give --root DIR",
            file=sys.stderr,
        )
        return 1
    overrides = {k: getattr(args, k, None) for k in ("base_url", "output", "drafts")}
    if args.command == "serve":
        from . import serve

        # serve loads site.yaml itself on every rebuild: a broken one must not stop the server.
        return serve.serve(args.root, overrides, host=args.host, port=args.port)
    try:
        config = config_mod.load(args.root, overrides)
        if args.command == "ingest":
            from . import ingest

            return ingest.run(config, force=args.force)
        if args.command == "build":
            from . import site

            # One short process (build.py ends it without a teardown): turning the collector
            # back on after the build would only set off a pass over everything it made.
            gc.disable()
            return site.build_command(config, use_cache=not args.no_cache, jobs=args.jobs, allow_empty=args.allow_empty)
        if args.command == "stories":
            from . import stories

            return stories.command(config, as_json=args.json)
        if args.command == "new":
            from . import new

            return new.run(config, args.title, slug=args.slug, draft=args.draft)
        if args.command == "check":
            from . import check

            problems = check.check_built(args.root, overrides, config)
            for line in problems:
                print(line)
            count = f"{len(problems)} problem" + ("" if len(problems) == 1 else "s")
            print(f"check: {count} in {config.output_dir}")
            if check.recorded_drafts(config.output_dir):  # sound, but not what to publish
                print("note: built with --drafts: its drafts would be published with it; build without before you push")
            return 1 if problems else 0
    except SiteError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head`: build.py ends quietly
        raise
    except OSError as exc:  # a file that cannot be read or written: one line naming it, not a traceback
        where = display_path(Path(str(exc.filename)), args.root.resolve()) if exc.filename else args.command
        print(f"{where}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return 2
