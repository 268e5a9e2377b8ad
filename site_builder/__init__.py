"""ai-timeline: turn Korean AI news articles into a dated, tagged static timeline site."""

from __future__ import annotations

import functools
import hashlib
import sys
from pathlib import Path

__version__ = "0.1.0"


def _files_digest() -> bytes:
    package = Path(__file__).parent
    digest = hashlib.sha1()
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.digest()


# Read on import, with the code it describes: a file edited later (while `serve` runs) is not
# the code this process runs. 4 ms.
_FILES = _files_digest()


@functools.cache
def code_digest() -> bytes:
    """A hash of the package's own files and the versions of Python and the libraries that parse
    and render. Caches hold pickled objects, compiled templates and pages made by this
    code: any other code's are stale, even if only a field was added to a class they hold, a filter
    writes other HTML or PyYAML reads a date otherwise, so no one has to remember to mark such a
    change."""
    import jinja2
    import markdown
    import PIL
    import yaml

    libraries = (sys.version, jinja2.__version__, markdown.__version__, yaml.__version__, PIL.__version__)
    return hashlib.sha1(_FILES + "\0".join(libraries).encode()).digest()[:8]
