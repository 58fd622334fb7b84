"""Datelines: the places (and agency) that open a news paragraph before its first sentence.

One pattern for every stage: the quotes stage starts a paragraph's first sentence after it (and reads a government's
country from it), the events stage keeps its places out of the participants and takes the first one as the event's
place where no other is named.
"""
from __future__ import annotations

import re
from functools import lru_cache

#: what follows a dateline: the first sentence, opening with a capital or a quotation mark
_SENTENCE_OPENING = r"(?=[A-ZÄÖÜ„\"»«])"
#: a dateline opening a paragraph, up to the first sentence: capitalised places (joined by a slash, "am", "an der" or a
#: space) and an agency in brackets before a dash, also a hyphen (``Bern (SRF) – ``, ``Kiew/Moskau – ``, ``Abu Dhabi /
#: Eriwan – ``, ``Frankfurt am Main – ``, ``Seoul (Agentur) - ``), or places in capitals closed by a full stop without
#: an agency (``BERLIN. ``, ``KIEW/MOSKAU. ``)
DATELINE_RE = re.compile(
    r"\s*(?:[A-ZÄÖÜ][\w.'-]*(?:(?: ?/ ?| am | an der | )[A-ZÄÖÜ(][\w.'()-]*){0,3}(?:[ \t]*\([^()\n]{1,30}\))?[ \t]+[–—-] "
    r"|[A-ZÄÖÜ]{2,}(?:[/-][A-ZÄÖÜ]{2,})*\. )" + _SENTENCE_OPENING)
#: where a paragraph's first word starts
PARAGRAPH_START_RE = re.compile(r"(?:^|\n)[ \t]*(?=\S)")


@lru_cache(maxsize=64)
def first_dateline(text: str, reach: int) -> re.Match[str] | None:
    """The dateline opening the first paragraph that has one, the paragraph starting before ``reach`` (an article's
    title, photo credit or caption lines may come first); cached, as every quote or event of an article asks the same.

    >>> first_dateline("Streit um Zölle\\nBrüssel (dpa) – Die Kommission droht.", 100).group().strip()
    'Brüssel (dpa) –'
    """
    for paragraph in PARAGRAPH_START_RE.finditer(text, 0, reach):
        dateline = DATELINE_RE.match(text, paragraph.end())
        if dateline is not None:
            return dateline
    return None
