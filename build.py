#!/usr/bin/env python3
"""Command line of ai-timeline: `python build.py --help`."""

import os
import sys

from site_builder.cli import main

if __name__ == "__main__":
    try:
        code = main()
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # output piped into `head` and cut short: not an error worth a traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    # A build leaves millions of objects behind, and freeing them one by one at exit takes
    # longer than a rebuild. Files are closed and workers joined by now: nothing else to do.
    os._exit(code)
