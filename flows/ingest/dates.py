"""Pure publication-date parsing: metadata strings, file names and publication stamps in the text.

A date in the running text is what the article is about, not when it was published ("am 11.
September 2001"), so the text gives a publication date only where it is stamped: a labelled
line (``Stand:``, ``Veröffentlicht am``), a dateline opening the text (``Wien, 12.3.2024 (APA) –``)
or a date line or signature closing it (``(red, 28.11.2024)``).

Every result is a timezone-aware UTC datetime. Times without an offset, and dates without a
time, are read as Europe/Berlin wall-clock time (a date alone is midnight Berlin), so the
Berlin-local publication date survives the conversion to UTC.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, time, timezone
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")

#: German month names and the abbreviations news sites use (lower case; "märz" also as "maerz")
GERMAN_MONTHS: dict[str, int] = {
    "januar": 1, "jan": 1, "jänner": 1, "jän": 1, "februar": 2, "feb": 2, "märz": 3, "maerz": 3,
    "mär": 3, "mrz": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "dezember": 12, "dez": 12,
}

_MONTH_NAMES = "|".join(sorted(GERMAN_MONTHS, key=len, reverse=True))
_TIME = r"(?:,?\s*(?:um\s*)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?:Uhr)?)?"
#: "8. Januar 2026", "8. Jan. 2026, 14:30 Uhr"
GERMAN_LONG_DATE = re.compile(
    rf"\b(?P<day>\d{{1,2}})\.\s*(?P<month>{_MONTH_NAMES})\.?\s+(?P<year>\d{{4}}){_TIME}", re.IGNORECASE
)
#: "08.01.2026", "8.1.2026 19:40 Uhr"
GERMAN_NUMERIC_DATE = re.compile(rf"\b(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.(?P<year>\d{{4}}){_TIME}")
#: "...-2026-01-08.txt", "2026_01_08", "20260108" (not inside a longer digit run)
FILENAME_DATE = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})([-_.]?)(?P<month>\d{2})\2(?P<day>\d{2})(?!\d)")
#: what may stand before the date of a labelled stamp line: "Stand:", "Veröffentlicht am", "Zuletzt aktualisiert:"
LABELLED_STAMP = re.compile(
    r"\s*[(\[]?\s*(?:zuletzt\s+)?(?:stand|veröffentlicht|aktualisiert|erstellt|erschienen|publiziert|datum)"
    r"(?:\s+(?:am|vom))?\s*:?\s*", re.IGNORECASE)
#: before the date of a closing stamp line: nothing, or a signature "(red, " / "(APA/dpa, " / "Max Muster, "
SIGNATURE = re.compile(r"\s*[(\[]?\s*(?:[^\W\d][\w.&/-]*(?:[ /][^\W\d][\w.&/-]*){0,3}\s*,\s*)?")
#: after the date (and time) of a stamp line: a time given apart, closing brackets, a full stop
STAMP_END = re.compile(r"\s*(?:[|·,]\s*\d{1,2}[:.]\d{2}\s*(?:Uhr)?)?\s*[)\]]?\.?\s*$")
#: a signature in brackets closing the last line: "... sagte sie. (APA/dpa, 3.4.2024)"
CLOSING_BRACKETS = re.compile(r"\([^()\n]{1,60}\)\s*$")
#: before the date of a dateline: nothing, or a place of up to four words and a comma ("Wien, ")
DATELINE_PLACE = re.compile(r"\s*(?:[^\W\d][\w.'/-]*(?:[ -][^\W\d][\w.'/-]*){0,3}\s*,\s*)?")
#: after the date of a dateline: an agency "(APA)", then a dash leading into the text, or the line end
DATELINE_END = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:[–—-]\s|$)")


def to_utc(moment: datetime) -> datetime:
    """Naive -> Europe/Berlin, then UTC.

    >>> to_utc(datetime(2026, 1, 8, 12, 0)).isoformat()
    '2026-01-08T11:00:00+00:00'
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=BERLIN)
    return moment.astimezone(timezone.utc)


def _from_match(match: re.Match[str], month: int) -> datetime | None:
    """Datetime from a date regex match (named groups day/year, optional hour/minute/second)."""
    try:
        day = date(int(match["year"]), month, int(match["day"]))
        groups = match.groupdict()
        clock = time(int(groups.get("hour") or 0), int(groups.get("minute") or 0), int(groups.get("second") or 0))
    except ValueError:
        return None
    return to_utc(datetime.combine(day, clock))


def _german_dates(text: str) -> list[tuple[int, int, datetime]]:
    """(start, end, UTC datetime) of every German long or numeric date in ``text``, in text order."""
    found = []
    for match in GERMAN_LONG_DATE.finditer(text):
        found.append((match.start(), match.end(), _from_match(match, GERMAN_MONTHS[match["month"].lower()])))
    for match in GERMAN_NUMERIC_DATE.finditer(text):
        found.append((match.start(), match.end(), _from_match(match, int(match["month"]))))
    return sorted((start, end, moment) for start, end, moment in found if moment is not None)


def find_german_date(text: str) -> datetime | None:
    """First German long or numeric date in ``text`` (with its time when given), in UTC.

    >>> find_german_date("Berlin, 8. Januar 2026, 14:30 Uhr").isoformat()
    '2026-01-08T13:30:00+00:00'
    >>> find_german_date("(red, 28.11.2024)").isoformat()
    '2024-11-27T23:00:00+00:00'
    """
    found = _german_dates(text)
    return found[0][2] if found else None


def _stamped(line: str, before: re.Pattern[str], after: re.Pattern[str]) -> datetime | None:
    """The first date of ``line`` when all before it matches ``before`` and what follows it
    starts with ``after``; None otherwise."""
    found = _german_dates(line)
    if not found:
        return None
    start, end, moment = found[0]
    return moment if before.fullmatch(line[:start]) and after.match(line[end:]) else None


def parse_datetime(value: str) -> datetime | None:
    """Parse a metadata date: ISO 8601 (with or without offset, ``Z``, date only), German
    (``8. Januar 2026``, ``08.01.2026``) or RFC 2822 (feeds). None when unparseable.

    >>> parse_datetime("2026-01-08T10:00:00+01:00").isoformat()
    '2026-01-08T09:00:00+00:00'
    >>> parse_datetime("2026-01-08").isoformat()
    '2026-01-07T23:00:00+00:00'
    >>> parse_datetime("Thu, 08 Jan 2026 10:00:00 +0100").isoformat()
    '2026-01-08T09:00:00+00:00'
    >>> parse_datetime("gestern") is None
    True
    """
    value = value.strip()
    if not value:
        return None
    try:
        return to_utc(datetime.fromisoformat(value.replace("Z", "+00:00") if value.endswith("Z") else value))
    except ValueError:
        pass
    german = find_german_date(value)
    if german is not None:
        return german
    try:
        return to_utc(parsedate_to_datetime(value))
    except (TypeError, ValueError, IndexError):
        return None


def date_from_filename(name: str) -> datetime | None:
    """Date (midnight Berlin, in UTC) from a file name such as ``bericht-2026-01-08.txt``.

    >>> date_from_filename("article-focus-2026-01-08.txt").isoformat()
    '2026-01-07T23:00:00+00:00'
    >>> date_from_filename("scan_20260108.txt").date().isoformat()
    '2026-01-07'
    >>> date_from_filename("id-1234567890.txt") is None
    True
    """
    for match in FILENAME_DATE.finditer(name):
        moment = _from_match(match, int(match["month"]))
        if moment is not None:
            return moment
    return None


def date_from_text(text: str, boilerplate: Sequence[str] = ()) -> datetime | None:
    """Publication date stamped in the text or its removed boilerplate lines: a labelled line
    (``Stand:``, ``Veröffentlicht am``) anywhere, else a dateline opening the text, else a date
    line or signature closing it or among the boilerplate. None for dates in running text.

    >>> date_from_text("Leipzig, 14. März 2026 – Der Stadtrat hat ...").isoformat()
    '2026-03-13T23:00:00+00:00'
    >>> date_from_text("Wien, 12.3.2024 (APA) – Die Regierung ...").isoformat()
    '2024-03-11T23:00:00+00:00'
    >>> date_from_text("Text ohne Datum.", ["Stand: 10.05.2025 19:40 Uhr"]).isoformat()
    '2025-05-10T17:40:00+00:00'
    >>> date_from_text("Der Stadtrat tagte.\\n\\n(red, 28.11.2024)").isoformat()
    '2024-11-27T23:00:00+00:00'
    >>> date_from_text("Der Stadtrat tagte. (APA/dpa, 3.4.2024)").isoformat()
    '2024-04-02T22:00:00+00:00'
    >>> date_from_text("New York – Am 11. September 2001 stürzten die Türme ein.") is None
    True
    """
    lines = [line for line in text.split("\n") if line.strip()]
    for line in [*boilerplate, *lines]:
        moment = _stamped(line, LABELLED_STAMP, STAMP_END)
        if moment is not None:
            return moment
    if lines:
        moment = _stamped(lines[0], DATELINE_PLACE, DATELINE_END)
        if moment is not None:
            return moment
    closing = [m.group() for m in map(CLOSING_BRACKETS.search, lines[-1:]) if m]
    for line in [*lines[-1:], *closing, *boilerplate]:
        moment = _stamped(line, SIGNATURE, STAMP_END)
        if moment is not None:
            return moment
    return None
