"""Sentence, clause and quotation spans of German news text (offsets into the original string)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

TOKEN_RE = re.compile(r"\w+")
#: a past participle ("angegriffen", "festgenommen", "verhängt"); infinitives without ge- do not match
PARTICIPLE_RE = re.compile(r"\w*ge\w+en|\w+t")
#: a full stop after these words does not end a sentence (every month's abbreviation in use: "am 6. Apr. 2026
#: verhandeln" is one sentence)
ABBREVIATIONS = frozenset(
    "Dr Prof Nr St bzw ca etc usw vgl ggf inkl Mio Mrd Jan Feb Febr Apr Jun Jul Aug Sep Sept Okt Nov Dez Abs Art "
    "Hr Fr u z B d h o a Co Inc Ltd".split())
SENTENCE_END_RE = re.compile(r"[.!?…][\"“”»«‘’›‹]?(?=\s+[\"„»«‚‹›(]?[A-ZÄÖÜ0-9])|\n")
#: a word that opens a sentence and never follows an ordinal: after "stieg von sechs auf 92.", "zum 1:0." or "dem
#: Sender Rossija 24." a full stop ends the sentence, while "am 6. Januar" and "ihr 20. Sanktionspaket" go on
#: (an ordinal is followed by its noun or an adjective, never by an article, pronoun or preposition)
SENTENCE_OPENER_RE = re.compile(
    r"\s+[\"„»«‚‹›(]?(?:Die|Der|Das|Den|Dem|Des|Ein|Eine[mnrs]?|Er|Sie|Es|Wir|Ich|Man|In|Im|Am|Auf|Bei|Nach|Mit|"
    r"Auch|Doch|Aber|Dabei|Zudem|Laut|Damit|Dies|Diese[mnrs]?|Seit|Zuvor|Nun|So)\b")
#: what stands before the number of a list item ("Die Punkte: 1. Die Steuern, 2. Die Renten", a line "3. Die ...")
LIST_ITEM_BEFORE_RE = re.compile(r"(?:^|[\n;,(]\s*|:\s+)$")
#: quotation-mark pairs of German, Swiss, guillemet and ASCII styles
QUOTED_RE = re.compile(r"„[^“”\"]*[“”\"]|«[^»]*»|»[^«]*«|\"[^\"\n]*\"|‚[^‘’]*[‘’]|‹[^›]*›|›[^‹]*‹")
#: the rest of a list of names after one of its commas: "SPÖ und NEOS", "Russland, China und Iran", with articles
#: ("Ungarn, die Slowakei und Tschechien", "der Philippinen, der USA und Japans")
LIST_ARTICLE = r"(?:(?:der|die|das|den|dem)\s+)?"
NAME_LIST_REST = (rf"\s*{LIST_ARTICLE}(?:[A-ZÄÖÜ][\w./-]*,\s*{LIST_ARTICLE})*"
                  r"[A-ZÄÖÜ][\w./-]*\s+(?:und|oder|sowie)\b")
#: a comma does not end a clause inside a list of names ("von ÖVP, SPÖ und NEOS") or a number ("1,6")
#: nor around a time apposed to a day ("von Sonntag, 22 Uhr, bis Dienstag")
CLAUSE_BREAK_RE = re.compile(
    rf"[;:–]|,(?!(?<=\d,)\d)(?!{NAME_LIST_REST})(?!\s*\d{{1,2}}(?:[.:]\d\d)?\s+Uhr,)"
    r"(?<!, \d Uhr,)(?<!, \d\d Uhr,)")
SENTENCE_PUNCT = ".!?:“”\"»«‘’›‹)"
#: a comma before a coordinated pair of names, which CLAUSE_BREAK_RE keeps inside a list, ends a clause
#: when a lowercase word (a verb or particle) precedes it: "Die Grünen enthielten sich, AfD und Linke stimmten
#: dagegen" (each clause its own subject), not "aus ÖVP, SPÖ und NEOS" or "Deutschland, Frankreich und Italien"
LIST_COMMA_RE = re.compile(rf",(?={NAME_LIST_REST})")
LOWERCASE_WORD_BEFORE_RE = re.compile(r"(?<![\w.-])[a-zäöüß]+$")
#: how far back the word before a list comma is looked for
WORD_REACH = 40


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    is_heading: bool  # a short line without final punctuation: a sub-heading, not annotated


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    if match.group() == "\n":
        return True
    words = TOKEN_RE.findall(text[max(0, match.start() - 20):match.start() + 1])
    last = words[-1] if words else ""
    if last in ABBREVIATIONS:
        return False
    if (len(last) == 1 and last.isupper() and match.group().startswith(".") and len(words) > 1
            and words[-2][0].isupper()):
        return False  # the initial after a given name: "Tore O. Sandvik", "George W. Bush" (not "auf X.")
    if last.isdigit() and len(last) <= 2 and match.group().startswith("."):
        # an ordinal or the number of a list item goes on; a number before a sentence opener ends its sentence
        number_start = match.start() - len(last)
        return (SENTENCE_OPENER_RE.match(text, match.end()) is not None
                and LIST_ITEM_BEFORE_RE.search(text, max(0, number_start - 3), number_start) is None)
    return True


def sentences(text: str) -> Iterator[Sentence]:
    """Split ``text`` into sentences; paragraph lines are always boundaries.

    >>> [s.text for s in sentences("Am 6. Januar kam er. Dann ging er.")]
    ['Am 6. Januar kam er.', 'Dann ging er.']
    """
    start = 0
    for match in SENTENCE_END_RE.finditer(text):
        if not _ends_sentence(text, match):
            continue
        end = match.end() if match.group() != "\n" else match.start()
        yield from _sentence(text, start, end)
        start = match.end()
    yield from _sentence(text, start, len(text))


def _sentence(text: str, start: int, end: int) -> Iterator[Sentence]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    is_heading = line == text[start:end] and line[-1] not in SENTENCE_PUNCT and len(line.split()) <= 12
    yield Sentence(start, end, text[start:end], is_heading)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of text between quotation marks (marks included)."""
    return [(m.start(), m.end()) for m in QUOTED_RE.finditer(text)]


@lru_cache(maxsize=4096)
def _quotations(sentence_text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in QUOTED_RE.finditer(sentence_text))


@lru_cache(maxsize=4096)
def _clause_breaks(sentence_text: str) -> tuple[int, ...]:
    """Offsets of the clause breaks of a sentence in text order (``CLAUSE_BREAK_RE``, ``LIST_COMMA_RE``).

    >>> _clause_breaks("Die Grünen enthielten sich, AfD und Linke stimmten dagegen.")
    (26,)
    >>> _clause_breaks("Die Koalition aus ÖVP, SPÖ und NEOS einigte sich.")
    ()
    """
    breaks = [m.start() for m in CLAUSE_BREAK_RE.finditer(sentence_text)]
    breaks += [m.start() for m in LIST_COMMA_RE.finditer(sentence_text)
               if LOWERCASE_WORD_BEFORE_RE.search(sentence_text, max(0, m.start() - WORD_REACH), m.start())]
    return tuple(sorted(breaks))


def clause_bounds(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """Absolute bounds of the clause of ``sentence`` that holds ``start:end``.

    Seen from outside, a quotation is one constituent: its commas do not split the clause around it
    ("werde die Ukraine «mit allem, was nötig ist» unterstützen").
    """
    left, right = sentence.start, sentence.end
    outside = [(a, b) for a, b in _quotations(sentence.text)
               if not a <= start - sentence.start < b]
    for at in _clause_breaks(sentence.text):
        if any(a < at < b for a, b in outside):
            continue
        pos = sentence.start + at
        if pos < start:
            left = pos + 1
        elif pos >= end:
            right = pos
            break
    return left, right
