"""Share images: one 1200x630 PNG per article (og:image) showing its headline, outlet and date.

Drawn with Pillow in the theme's Korean font, NanumGothic, which Debian ships as fonts-nanum
(SIL Open Font License). The files are 4 MB each, so the theme does not carry them: a theme
may put its own in `fonts/`, else the system's are used. Without the font the site is built
without share images, and the build warns, saying what to install.

The plan makes each image a page like any other (`TEMPLATE`), whose context holds the article
(by reference: its front matter is what is drawn) and the fonts with their digest, so an edited
headline or a new font redraws exactly the images it changes.
"""

from __future__ import annotations

import functools
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .config import Config
from .errors import Problem
from .templates import kdate

if TYPE_CHECKING:  # Pillow is imported where it draws: a rebuild that draws nothing spares 25 ms
    from PIL import ImageFont

TEMPLATE = "share.png"  # the plan's name for this page kind: drawn here, not by Jinja
FILE = "share.png"  # written beside each article's index.html
SIZE = (1200, 630)
MARGIN = 80
FONT_FILES = ("NanumGothicBold.ttf", "NanumGothic.ttf")
SYSTEM_FONTS = Path("/usr/share/fonts/truetype/nanum")
HEADLINE_SIZES = (68, 60, 52)  # the largest that fits the headline in MAX_LINES
MAX_LINES = 4

# The image is drawn in one channel, ink coverage 0-255, then read as a palette image: a PNG a
# third the size of RGB that Pillow encodes twice as fast. Indices 0-239 blend the theme's
# background into its text colour (anti-aliased text keeps its edges); 255 is the accent.
INK, ACCENT = 239, 255
BACKGROUND, TEXT, ACCENT_RGB = (247, 247, 245), (27, 29, 33), (29, 78, 216)
MUTED_INK = 170


def _palette() -> list[int]:
    ramp = [
        round(bg + (fg - bg) * min(i, INK) / INK) for i in range(256) for bg, fg in zip(BACKGROUND, TEXT, strict=True)
    ]
    ramp[ACCENT * 3 :] = ACCENT_RGB
    return ramp


PALETTE = _palette()


@dataclass(frozen=True)
class Fonts:
    bold: str
    regular: str
    digest: str  # of both files: another version of the font redraws every image


@functools.lru_cache(maxsize=4)  # one pair of fonts, and its next version in a long preview
def _digest(paths: tuple[str, ...], stamps: tuple[tuple[int, int], ...]) -> str:
    """Hash of the font files; `stamps` (their mtimes and sizes) key the cache, so the preview
    server reads 9 MB of fonts once, not on every rebuild, and still sees a new version."""
    digest = hashlib.sha1()
    for path in paths:
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()


def find_fonts(config: Config) -> Fonts | None:
    """The theme's fonts/ if it has both files, else the system's; None when neither has."""
    for folder in (config.theme_dir / "fonts", SYSTEM_FONTS):
        paths = tuple(str(folder / name) for name in FONT_FILES)
        if all(Path(p).is_file() for p in paths):
            stamps = tuple((Path(p).stat().st_mtime_ns, Path(p).stat().st_size) for p in paths)
            return Fonts(paths[0], paths[1], _digest(paths, stamps))
    return None


def missing_fonts(config: Config) -> Problem:
    """The warning of a build that leaves share images out for want of the font."""
    where = f"{config.theme_dir / 'fonts'} nor in {SYSTEM_FONTS}"
    return Problem(
        "site.yaml",
        None,
        f"share images left out: the Korean font NanumGothic ({', '.join(FONT_FILES)}) is in neither {where};"
        " install it (Debian: apt-get install fonts-nanum), or set 'share_images: 0' to silence this",
    )


@functools.lru_cache(maxsize=16)  # two files at a handful of sizes
def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    from PIL import ImageFont

    return ImageFont.truetype(path, size)


def wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Lines of at most `width` pixels, broken between words as Korean is (a word longer than a
    line is broken between its letters)."""
    lines: list[str] = []
    for word in text.split():
        line = f"{lines[-1]} {word}" if lines else word
        if lines and font.getlength(line) <= width:
            lines[-1] = line
            continue
        while font.getlength(word) > width:
            cut = max(1, next(i for i in range(len(word), 0, -1) if font.getlength(word[:i]) <= width))
            lines.append(word[:cut])
            word = word[cut:]
        lines.append(word)
    return lines


def _one_line(text: str) -> str:
    """`text` on one line: Pillow's layout fails on some line breaks ('\r', U+2029, U+0085), which
    a publisher's or a site's name may hold."""
    return " ".join(text.split())


def _headline(title: str, bold: str, width: int) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    for size in HEADLINE_SIZES:
        font = _font(bold, size)
        lines = wrap(title, font, width)
        if len(lines) <= MAX_LINES:
            return font, lines
    lines = lines[:MAX_LINES]
    while font.getlength(lines[-1] + "…") > width:
        lines[-1] = lines[-1][:-1]
    lines[-1] = lines[-1].rstrip() + "…"
    return font, lines


def render(context: dict[str, Any]) -> bytes:
    """The PNG of one article's share image; `context` is its page's, with the article resolved."""
    from PIL import Image, ImageDraw

    article, fonts = context["article"], context["fonts"]
    width = SIZE[0] - 2 * MARGIN
    canvas = Image.new("L", SIZE, 0)
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, 0, SIZE[0], 14), fill=ACCENT)
    draw.text((MARGIN, 70), _one_line(context["title"]), font=_font(fonts.bold, 34), fill=MUTED_INK)
    font, lines = _headline(article.title, fonts.bold, width)
    step = round(font.size * 1.32)
    top = 150 + (MAX_LINES - len(lines)) * step // 2  # a short headline sits in the middle
    for i, line in enumerate(lines):
        draw.text((MARGIN, top + i * step), line, font=font, fill=INK)
    meta = " · ".join(part for part in (article.publisher, kdate(article.date, weekday=False)) if part)
    draw.text((MARGIN, SIZE[1] - 110), _one_line(meta), font=_font(fonts.regular, 36), fill=MUTED_INK)
    image = Image.frombytes("P", SIZE, canvas.tobytes())
    image.putpalette(PALETTE)
    out = io.BytesIO()
    # zlib's fastest level: 40% less time than the default for files a quarter bigger (~25 KB),
    # on a cold build of thousands of images.
    image.save(out, "PNG", compress_level=1)
    return out.getvalue()
