"""Text cleaning and the matching keys of a name: exact, case-folded, ASCII-folded, German/Slavic fold,
and a phonetic blocking key.

The fold key makes transliteration variants of one name equal; it is used for lookups, never on
its own for fuzzy decisions:

>>> fold_key("Selenskyj") == fold_key("Zelenskyy") == fold_key("Selenskij") == fold_key("Selenski")
True
>>> fold_key("Saluschnyj") == fold_key("Zaluzhnyi") == fold_key("Waleri Saluschny".split()[1])
True
>>> fold_key("Merz") == fold_key("März")
False
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Characters that news text uses for apostrophes; all become "'".
APOSTROPHES = "’‘ʼʹ`´′"
#: Characters removed outright (soft hyphen, zero-width space/joiners, BOM).
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\ufeff"), None)
#: Space-like characters made plain spaces.
SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u2002\u2003\t\n\r"), " ")
#: Dashes inside names become the ASCII hyphen.
DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013"), "-")

#: Cyrillic -> Latin for folding unknown Cyrillic names into a stable key (German-like, lossy).
CYRILLIC_FOLD = {
    "а": "a", "б": "b", "в": "w", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "je", "ё": "jo",
    "ж": "sch", "з": "s", "и": "i", "і": "i", "ї": "ji", "й": "j", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f",
    "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "ju", "я": "ja",
}
CYRILLIC_RE = re.compile("[\u0400-\u04ff]")
#: Latin letters that Unicode decomposition leaves alone (Polish ł, Scandinavian ø, Turkish ı, ...).
LATIN_FOLD = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h", "þ": "th", "ð": "d"})
#: German spellings of umlauts and ß without them (``Koeln``, ``Strasse``), for extra alias keys.
UMLAUT_SPELLING = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})

#: Ordered rewrites of the German/Slavic fold (applied to ASCII lower case words).
FOLD_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(a), b) for a, b in (
        (r"schtsch|shch|sztsch", "sc"), (r"tsch|tch|cz", "c"), (r"sch|zh|sh|sz", "s"),
        (r"kh|ch", "h"), (r"ph", "f"), (r"ck", "k"), (r"qu", "kv"), (r"x", "ks"),
        (r"ts|tz|z", "s"), (r"w", "v"), (r"[yj]", "i"), (r"h", "g"), (r"ou", "u"),
        (r"ie", "i"), (r"^i(?=[aeiou])", ""), (r"(.)\1+", r"\1"),
    )
)
VOWELS_RE = re.compile(r"[aeiou]")


@lru_cache(maxsize=200_000)
def clean(text: str) -> str:
    """NFC, no soft hyphens or zero-width characters, plain spaces and apostrophes, trimmed.

    >>> clean("Selen\\u00adskyj\\u00a0Merz’")
    "Selenskyj Merz'"
    """
    text = unicodedata.normalize("NFC", text).translate(INVISIBLE).translate(SPACES).translate(DASHES)
    for ch in APOSTROPHES:
        text = text.replace(ch, "'")
    return " ".join(text.split())


@lru_cache(maxsize=200_000)
def ascii_fold(text: str) -> str:
    """Lower case, no diacritics, ß -> ss, Cyrillic transliterated: ``Orbán`` -> ``orban``.

    >>> ascii_fold("Mełnyk Szijjártó")
    'melnyk szijjarto'
    """
    text = text.casefold().replace("ß", "ss").translate(LATIN_FOLD)
    if CYRILLIC_RE.search(text):
        text = "".join(CYRILLIC_FOLD.get(ch, ch) for ch in text)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@lru_cache(maxsize=200_000)
def fold_word(word: str) -> str:
    """German/Slavic fold of one ASCII-folded word (see module docstring)."""
    word = word.replace("ä", "a").replace("ö", "o").replace("ü", "u")
    for pattern, repl in FOLD_RULES:
        word = pattern.sub(repl, word)
    return word


def words(text: str) -> list[str]:
    """ASCII-folded words of a name, split at spaces, hyphens and punctuation."""
    return re.findall(r"[a-z0-9]+", ascii_fold(text))


@lru_cache(maxsize=200_000)
def fold_key(text: str) -> str:
    """The German/Slavic fold of a whole name, words joined by spaces."""
    return " ".join(fold_word(w) for w in words(text))


def block_key(word_key: str) -> str:
    """Phonetic blocking key of one folded word: first letter plus the next three consonants."""
    if not word_key:
        return ""
    return (word_key[0] + VOWELS_RE.sub("", word_key[1:]))[:4]


def slug(text: str) -> str:
    """Entity-id slug: German transliteration of umlauts, ASCII, hyphen-separated.

    >>> slug("Bündnis 90/Die Grünen")
    'buendnis-90-die-gruenen'
    """
    text = text.casefold().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return "-".join(re.findall(r"[a-z0-9]+", ascii_fold(text)))
