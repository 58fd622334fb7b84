"""Text structure the quote rules work on: quotation-mark pairs, sentences and word tokens.

Pure functions over a string. Offsets are ``str`` indices, end exclusive.

>>> [(p.start, p.end, p.depth) for p in pair_quote_marks("Er sagte: „Das ist ‚gut‘.“")]
[(10, 26, 0), (19, 24, 1)]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from flows.ingest.dateline import DATELINE_RE  # a paragraph's dateline is no part of its first sentence

#: a number with decimal commas (7,4: no clause comma), a word (with inner hyphens/apostrophes) or one punctuation character
TOKEN_RE = re.compile(r"\d+(?:,\d+)+|\w+(?:[-’'.]\w+)*|[^\w\s]")
#: tokens that never end a sentence when followed by a period
ABBREVIATIONS = frozenset(
    "Dr Prof Nr St Abs bzw ca evtl ggf Hr Fr inkl insb Mio Mrd Tel usw vgl zB Jh Jhd Bd Gen Gov Sen Rep "
    "Mr Mrs Ms Jr Sr Co Inc Ltd Str Kap Min Std sog ehem geb gest".split()
)
#: abbreviations that are also words (die Art): abbreviations only before a number (Art. 5)
NUMBER_ABBREVIATIONS = frozenset({"Art"})
#: words that open a sentence but never follow an initial (``George W. Bush``), so a single letter
#: before them ends the sentence (``schrieb er auf X. Die Botschaft …``)
SENTENCE_OPENERS = frozenset("Der Die Das Den Dem Des Ein Eine Er Sie Es Wir Ich Man Auch Doch Aber Und Dies "
                             "Diese Dieser Zudem Damit Dabei Nach In Im Am Auf Mit".split())
SENTENCE_END_CHARS = ".!?"
QUOTE = "\x00Q"  # placeholder token for an outermost quotation-mark pair in a sentence's tokens
#: characters that may close a quotation; a sentence ending inside them ends after them
CLOSING_MARKS = "“”«»‘›‹\"’"
OPENING_MARKS = "„“«»‚‹›\""
LAST_WORD_RE = re.compile(r"(\w+)$")
#: a paragraph (one line) and the characters that may end a sentence inside it
PARAGRAPH_RE = re.compile(r"[^\n]+")
BOUNDARY_RE = re.compile("[" + re.escape(SENTENCE_END_CHARS + CLOSING_MARKS) + "]")
LINK_LINE_RE = re.compile(r"^[ \t]*(?:⇢|→|►|>>|Lesen Sie auch|Mehr zum Thema|Weiterlesen|Auch interessant)", re.M)


@dataclass(frozen=True, slots=True)
class QuotePair:
    """A matched pair of quotation marks: ``start``/``end`` include the marks."""

    start: int
    end: int
    depth: int  # 0 for an outermost pair

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int


@dataclass(slots=True)
class Token:
    """A word or punctuation token. Not frozen: a frozen dataclass sets each field through ``object.__setattr__``,
    which made building the tokens (one per word of every article) three times slower; nothing changes them, and
    nothing hashes them (a dataclass compared by value and not frozen is unhashable)."""

    text: str
    start: int
    end: int


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text, start, end)]


def _guillemets_open_with(text: str) -> tuple[str, str]:
    """German style opens with » (and ›), Swiss/French style with « (and ‹): whichever comes first."""
    first_right = text.find("»")
    first_left = text.find("«")
    if first_left != -1 and (first_right == -1 or first_left < first_right):
        return "«‹", "»›"
    return "»›", "«‹"


#: every character the pairing below reacts to (openers and closers of all styles, apostrophe-like ’): the
#: other characters are skipped in C instead of one by one in Python
QUOTE_MARK_RE = re.compile("[„“”‚‘’\"»«›‹]")


def pair_quote_marks(text: str) -> list[QuotePair]:
    """All matched quotation-mark pairs, sorted by start; pairs never cross a line break.

    German „…“ and ‚…‘, English “…” and straight "…", guillemets in either direction (decided per
    text by which one comes first). An unmatched mark (an apostrophe, a stray mark) is ignored.
    """
    openers, closers = _guillemets_open_with(text)
    german_low = "„" in text
    closer_for = {"„": "“”", "‚": "‘’", "“": "”", "\"": "\"", openers[0]: closers[0], openers[1]: closers[1]}
    pairs: list[QuotePair] = []
    for line in PARAGRAPH_RE.finditer(text):
        stack: list[tuple[str, int]] = []
        for mark in QUOTE_MARK_RE.finditer(text, line.start(), line.end()):
            i, ch = mark.start(), mark.group()
            if stack and ch in closer_for[stack[-1][0]] and not (ch == "’" and _is_apostrophe(text, i)):
                opener, at = stack.pop()
                pairs.append(QuotePair(at, i + 1, len(stack)))
            elif ch in openers or ch == "„" or (ch == "“" and not german_low) or ch == "\"":
                stack.append((ch, i))
            elif ch == "‚" and i + 1 < len(text) and not text[i + 1].isspace():
                stack.append((ch, i))
    return sorted(pairs, key=lambda p: p.start)


def _is_apostrophe(text: str, i: int) -> bool:
    """’ between letters (or after an s at a word end: Merz’) is an apostrophe, not a closing mark."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalpha() and (after.isalpha() or (before in "sSzZx" and after in " ,."))


def link_line_spans(text: str) -> list[tuple[int, int]]:
    """Spans of related-link lines (``⇢ …``, ``Lesen Sie auch …``): boilerplate, never quotes."""
    spans = []
    for m in LINK_LINE_RE.finditer(text):
        end = text.find("\n", m.start())
        spans.append((m.start(), len(text) if end == -1 else end))
    return spans


def split_sentences(text: str, pairs: list[QuotePair]) -> list[Sentence]:
    """Sentences, quote-aware: a period inside an outermost quotation does not end the sentence
    unless the quotation ends the sentence („Das ist gut.“ Dann … ends after the closing mark).

    >>> [text[s.start:s.end] for text in ["„Gut.“ Dann ging er. Ja."] for s in split_sentences(text, pair_quote_marks(text))]
    ['„Gut.“', 'Dann ging er.', 'Ja.']
    """
    inside = bytearray(len(text) + 1)
    for p in pairs:
        if p.depth == 0 and p.end - 1 > p.start + 1:
            inside[p.start + 1:p.end - 1] = b"\x01" * (p.end - p.start - 2)
    sentences: list[Sentence] = []
    for n, para in enumerate(PARAGRAPH_RE.finditer(text)):
        start, para_end = para.span()
        dateline = DATELINE_RE.match(text, start, para_end)
        start = dateline.end() if dateline else start
        for m in BOUNDARY_RE.finditer(text, start, para_end):
            i = m.start()
            if i < start:  # skipped: consumed by the previous sentence's closing marks
                continue
            ch = text[i]
            if ch in SENTENCE_END_CHARS and not inside[i] and _ends_sentence(text, i, para_end):
                end = i + 1
                while end < para_end and text[end] in CLOSING_MARKS and not inside[end]:
                    end += 1
                _add(sentences, text, start, end, n)
                start = end
            elif ch in CLOSING_MARKS and i > 0 and inside[i - 1] and not inside[i] \
                    and text[i - 1] in SENTENCE_END_CHARS and _next_starts_sentence(text, i + 1, para_end):
                _add(sentences, text, start, i + 1, n)
                start = i + 1
        _add(sentences, text, start, para_end, n)
    return sentences


def _add(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end, paragraph))


def _next_starts_sentence(text: str, i: int, limit: int) -> bool:
    if i >= limit or not text[i].isspace():
        return False
    while i < limit and text[i].isspace():
        i += 1
    return i < limit and (text[i].isupper() or text[i] in OPENING_MARKS or text[i].isdigit())


def _ends_sentence(text: str, i: int, limit: int) -> bool:
    j = i + 1
    while j < limit and text[j] in CLOSING_MARKS:
        j += 1
    if not _next_starts_sentence(text, j, limit) and j < limit:
        return False
    if text[i] != ".":
        return True
    word = LAST_WORD_RE.search(text[max(0, i - 20):i])
    if word is None:
        return True
    w = word.group(1)
    if w in NUMBER_ABBREVIATIONS:
        return not text[j:j + 2].strip()[:1].isdigit()
    if len(w) == 1 and w.isalpha():
        following = text[j:limit].split(maxsplit=1)
        before = text[max(0, i - 30):i - 1].split()
        # an initial follows a given name; after a lower-case word the letter is a name of its own ("schrieb Rubio
        # auf X. Präsident Trump …", "Plan B.")
        return not following or following[0] in SENTENCE_OPENERS \
            or bool(before) and before[-1].isalpha() and before[-1].islower() and len(before[-1]) > 1  # not "d.h."
    if w in ABBREVIATIONS:
        return False
    return not (w.isdigit() and len(w) <= 2)  # ordinals: "am 6. Januar"
