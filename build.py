#!/usr/bin/env python3
"""Command line of ai-timeline: `python build.py --help`."""

import os
import sys

from site_builder.cli import main

if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # output piped into `head` and cut short: not an error worth a traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
