#!/usr/bin/env python3
"""Command line of ai-timeline: `python build.py --help`."""

import multiprocessing
import os
import sys

if __name__ == "__main__":
    if sys.getfilesystemencoding() != "utf-8" and not sys.flags.utf8_mode:
        # A C or POSIX locale with UTF-8 mode off (LC_ALL=C PYTHONUTF8=0) reads file names as
        # ASCII, and every Hangul name would seem broken: the same command again in UTF-8 mode.
        os.execv(sys.executable, [sys.executable, "-X", "utf8", *sys.orig_argv[1:]])
    # Started with a standard stream closed (cron, a daemon's `>&-`): /dev/null in its place, or
    # the first file the build opens would take its number and receive what is printed.
    for fd, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        if getattr(sys, name) is None:
            null = os.open(os.devnull, os.O_RDWR)  # the lowest free number: this one, when those below are open
            if null != fd:
                os.dup2(null, fd)
                os.close(null)
            setattr(sys, name, os.fdopen(fd, "r" if fd == 0 else "w", encoding="utf-8", closefd=False))
    # A terminal or pipe that cannot show Hangul (PYTHONIOENCODING=ascii, an old Windows code
    # page) gets escapes in place of the letters, never a traceback after the work is done.
    for stream in (sys.stdout, sys.stderr):
        stream.reconfigure(errors="backslashreplace")  # type: ignore[attr-defined]
    try:
        from site_builder.cli import main

        code = main()
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # output piped into `head` and cut short: not an error worth a traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    except KeyboardInterrupt:
        # Every write is atomic: the output and content/ hold what they held before, or the new
        # version whole. The workers ignore Ctrl-C (parallel.py): they end with this process.
        for child in multiprocessing.active_children():
            child.terminate()
        print("\ninterrupted: nothing half-written was kept; run the command again to finish", file=sys.stderr)
        os._exit(130)
    # A build leaves millions of objects behind, and freeing them one by one at exit takes
    # longer than a rebuild. Files are closed and workers joined by now: nothing else to do.
    os._exit(code)
