"""Pure text normalization shared by cleaning and the extractors."""
from __future__ import annotations

import re
import unicodedata

#: characters removed outright: soft hyphen (invisible hyphenation hint), zero-width space,
#: zero-width no-break space / stray BOM
INVISIBLE_CHARS = "\u00ad\u200b\ufeff"
#: no-break, narrow no-break, figure and thin spaces: typographic variants of a plain space
SPACE_VARIANTS = "\u00a0\u202f\u2007\u2009"

# regexes rather than str.translate: translate with a table is a Python-level lookup per character
_INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}]")
_SPACES = re.compile(f"[{SPACE_VARIANTS}]")
_BLANK_RUN = re.compile(r"\n{3,}")


def normalize_text(text: str) -> str:
    """NFC, invisible characters dropped, space variants made plain, lines right-trimmed, one
    blank line between paragraphs, no leading/trailing blank lines.

    Already clean text (such as the devset articles) comes back unchanged.

    >>> normalize_text("Stra\\u00adße\\u00a0A  \\r\\n\\r\\n\\r\\n\\r\\nZweiter Absatz\\n")
    'Straße A\\n\\nZweiter Absatz'
    """
    text = normalize_chars(text.replace("\r\n", "\n").replace("\r", "\n"))
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _BLANK_RUN.sub("\n\n", text).strip("\n")


def normalize_chars(text: str) -> str:
    """The per-character part of :func:`normalize_text`: NFC, invisible characters dropped, space
    variants made plain. It keeps every line break, and a line comes out as it would alone (a line
    break is a boundary NFC never composes across), so one call serves all lines of a text.

    >>> normalize_chars("Cafe\\u0301\\u00a0\\n\\u0301Stra\\u00adße").split("\\n")
    ['Café ', '\\u0301Straße']
    """
    return _SPACES.sub(" ", _INVISIBLE.sub("", unicodedata.normalize("NFC", text)))


def single_line(text: str) -> str:
    """Normalize a metadata value (title, source) to one line with single spaces.

    >>> single_line("  Streik\\n im\\u00a0Hafen ")
    'Streik im Hafen'
    """
    return " ".join(normalize_text(text).split())
