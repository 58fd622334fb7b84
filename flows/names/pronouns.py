"""Pronoun mentions of quote speakers: ``er``/``sie`` that refer to a named person who speaks in the article.

The devset annotates er/sie as name mentions wherever they refer to a named quote speaker of the
article (CONVENTIONS.md), not only where the pronoun is the speaker of a quote. The quote extractor
links its speaker pronouns to the person (``Quote.speaker_entity_id``); those become PER mentions with
method ``pronoun`` first. Every other subject ``er``/``sie`` outside quotation marks is then resolved
to its antecedent: the first person named (or referred to) in the nearest of the last
``ANTECEDENT_SENTENCES`` sentences that names a person of the pronoun's gender, the pronoun's own
sentence first (``Bundeskanzler Friedrich Merz reagierte gelassen. Er habe …``: the sentence's
subject comes first in German news). ``sie`` needs a person known to be a woman (feminine nouns and
the plural are far more often ``sie`` than an unknown person is); ``er`` takes a person of unknown
gender too. It is kept only when that person is a quote speaker.

>>> from flows.records import Doc, Mention, Quote
>>> text = "Merz sagte, er sei zufrieden. Er wolle weitermachen."
>>> doc = Doc("a", text)
>>> ms = [Mention(0, 4, "Merz", "PER", "per:friedrich-merz", "Friedrich Merz", "alias", 0.95)]
>>> qs = [Quote("a:q1", 33, 51, "wolle weitermachen", "indirect", speaker_text="Er", speaker_start=30,
...             speaker_end=32, speaker_entity_id="per:friedrich-merz", speaker_name="Friedrich Merz")]
>>> [(m.text, m.entity_name, m.method, m.confidence) for m in speaker_pronoun_mentions(doc, ms, qs)]
[('er', 'Friedrich Merz', 'pronoun', 0.6), ('Er', 'Friedrich Merz', 'pronoun', 0.7)]
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from flows.names.gazetteer import load
from flows.names.mentions import FEMININE_APPOSITION_AFTER
from flows.records import Doc, Mention, Quote

#: Personal pronouns (nominative singular) that can stand for a named speaker.
SPEAKER_PRONOUNS = frozenset({"er", "sie"})
#: Confidence of a pronoun mention: the quote stage's speaker link, discounted.
PRONOUN_CONFIDENCE = 0.7
#: Confidence of a pronoun resolved here by its antecedent (no quote stage link).
ANTECEDENT_CONFIDENCE = 0.6
#: How many sentences back (the pronoun's own included) an antecedent may be named.
ANTECEDENT_SENTENCES = 3
PRONOUN_RE = re.compile(r"(?<![\w-])([Ee]r|[Ss]ie)(?![\w-])")
#: Sentence ends: . ! ? or a line break, before the next sentence's start.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[„»\"A-ZÄÖÜ0-9])|\n+")
#: Double quotation marks; a pronoun between an opening and a closing one is inside a quote
#: (``Sie`` there is the polite address or someone else's words). Guillemets: see ``_inside_quote``.
OPENING_MARKS = "„»"
CLOSING_MARKS = "“«"
#: Lower-case words ending in -en after ``sie`` that are no plural verb (``sie den Kämpfern``).
NOT_VERBS = frozenset(
    "den denen einen keinen ihnen ihren seinen meinen unseren diesen jenen allen eben wegen gegen neben "
    "oben unten morgen trotzdem zudem zugleich außerdem dagegen später gestern heute bereits".split())
#: A noun right before a name, or before a comma and the name (an apposition: ``Vorstandschef Heiko
#: Brandauer``, ``die Nothilfekoordinatorin der Organisation, Amira Saleh``): -in makes it feminine.
TITLE_BEFORE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w-]*?([a-zäöüß]{2,})(?:\s+(?:der|des)\s+[A-ZÄÖÜ][\w-]*)?,?\s+$")
#: A sentence that opens with ``Der``/``Die``, at most one lower-case word and a noun (its subject).
SUBJECT_NOUN = re.compile(r"\s*[„»\"]?(Der|Die)\s+(?:[a-zäöüß]+\s+)?([A-ZÄÖÜ][\w-]*)")
#: Subordinating conjunctions: the finite verb of their clause comes last (``weil sie … hoffen``).
SUBJUNCTIONS = frozenset("weil dass ob wenn da als nachdem obwohl bevor während sobald damit falls".split())
CLAUSE_END = re.compile(r"[,.;:!?–]")
#: Plural finite verbs that do not end in -en.
PLURAL_VERBS = frozenset({"sind"})


def _person_names(mentions: Sequence[Mention]) -> dict[str, str]:
    """entity_id -> canonical name of the persons among the mentions."""
    return {m.entity_id: m.entity_name or m.text for m in mentions if m.entity_type == "PER" and m.entity_id}


def speaker_pronoun_mentions(doc: Doc, mentions: Sequence[Mention], quotes: Iterable[Quote]) -> Iterator[Mention]:
    """PER mentions (method ``pronoun``) for the er/sie speakers of ``quotes`` that are linked to a
    person, sorted, one per pronoun, never overlapping ``mentions`` or each other."""
    info = load().info
    quotes = list(quotes)  # read twice: the speaker pronouns, then the speakers
    persons = _person_names(mentions)
    taken = sorted((m.start, m.end) for m in mentions)
    found: dict[int, Mention] = {}
    for q in quotes:
        if q.speaker_start is None or not q.speaker_text or not q.speaker_entity_id:
            continue
        if q.speaker_text.casefold() not in SPEAKER_PRONOUNS:
            continue
        start = q.speaker_start
        end = q.speaker_end if q.speaker_end is not None else start + len(q.speaker_text)
        if doc.text[start:end] != q.speaker_text or start in found:
            continue
        entity_id = q.speaker_entity_id
        known = info.get(entity_id)
        if known is not None and known.entity.type != "PER":
            continue
        if known is None and entity_id not in persons:
            continue  # a discovered entity that no PER mention names
        if any(s < end and start < e for s, e in taken):
            continue
        name = known.entity.name if known is not None else q.speaker_name or persons[entity_id]
        found[start] = Mention(start, end, q.speaker_text, "PER", entity_id, name, "pronoun", PRONOUN_CONFIDENCE)
    speakers = {m.entity_id for m in found.values()} | {
        q.speaker_entity_id for q in quotes if q.speaker_entity_id in persons}
    if speakers:
        for m in _antecedent_pronouns(doc.text, mentions, found, speakers, taken):
            found[m.start] = m
    yield from (found[k] for k in sorted(found))


def _antecedent_pronouns(text: str, mentions: Sequence[Mention], found: dict[int, Mention],
                         speakers: set[str], taken: list[tuple[int, int]]) -> Iterator[Mention]:
    """Subject er/sie outside quotation marks whose antecedent (see the module docstring) is a speaker."""
    info = load().info
    starts = [0] + [m.end() for m in SENTENCE_END.finditer(text)]
    people = sorted([m for m in mentions if m.entity_type == "PER" and m.entity_id] + list(found.values()),
                    key=lambda m: m.start)
    for pm in PRONOUN_RE.finditer(text):
        start, end = pm.span()
        word = pm.group(1)
        if start in found or _inside_quote(text, start) or any(s < end and start < e for s, e in taken):
            continue
        gender = "m" if word.casefold() == "er" else "f"
        if gender == "f" and _plural_verb(text, start, end):
            continue
        sentence = max(k for k, s in enumerate(starts) if s <= start)
        person = None
        for back in range(sentence, max(-1, sentence - ANTECEDENT_SENTENCES), -1):
            lo, hi = starts[back], start if back == sentence else starts[back + 1]
            person = next((m for m in people if lo <= m.start < hi and not _inside_quote(text, m.start)
                           and _gender(text, m, info) in ((None, gender) if gender == "m" else (gender,))), None)
            if person is not None or _thing_subject(text, lo, hi, gender, people):
                break
        if person is None or person.entity_id not in speakers:
            continue
        people.append(m := Mention(start, end, word, "PER", person.entity_id, person.entity_name, "pronoun",
                                   ANTECEDENT_CONFIDENCE))
        people.sort(key=lambda x: x.start)
        found[start] = m
        yield m


def _thing_subject(text: str, lo: int, hi: int, gender: str, people: list[Mention]) -> bool:
    """The sentence opens with a noun of the pronoun's gender that names no person (``Der Rechtsstaat
    zeige, dass er …``, ``Die Hütte schreibe Verluste … sie``): the pronoun refers to it, not to a person
    named before. An apposition before a name (``Die Osteuropa-Expertin Lena Ostrowski``) is a person."""
    m = SUBJECT_NOUN.match(text, lo, hi)
    if m is None or (m.group(1) == "Der") != (gender == "m"):
        return False
    return not any(p.start <= m.start(2) < p.end or 0 <= p.start - m.end(2) <= 1 for p in people)


def _inside_quote(text: str, pos: int) -> bool:
    """Whether ``pos`` is after an opening double quotation mark that is not closed before it, in its
    paragraph. Guillemets open either way: »…« (German) or «…» (Swiss, French), by the first one seen."""
    para = text.rfind("\n", 0, pos) + 1
    before = text[para:pos]
    opening, closing = OPENING_MARKS, CLOSING_MARKS
    first = min((i for i in (before.find("«"), before.find("»")) if i >= 0), default=-1)
    if first >= 0 and before[first] == "«":
        opening, closing = opening.replace("»", "«"), closing.replace("«", "»")
    depth = 0
    for ch in before:
        if ch in opening:
            depth += 1
        elif ch in closing and depth:
            depth -= 1
    return depth > 0


def _plural_verb(text: str, start: int, end: int) -> bool:
    """``sie forderten``, ``fordern sie``, ``weil sie … hoffen``: the finite verb next to ``sie``, or at
    the end of the subordinate clause it opens, is plural (ends in -en or is ``sind``)."""
    after = re.match(r"\s+([a-zäöüß]+)", text[end:end + 30])
    before = re.search(r"([A-Za-zÄÖÜäöüß]+)\s+$", text[max(0, start - 30):start])
    verbs = [after and after.group(1), before and before.group(1)]
    if before and before.group(1).casefold() in SUBJUNCTIONS:
        clause = CLAUSE_END.search(text, end)
        last = re.search(r"([a-zäöüß]+)\s*$", text[end:clause.start() if clause else len(text)])
        verbs.append(last and last.group(1))
    return any(w and (w in PLURAL_VERBS or (w.endswith("en") and w not in NOT_VERBS)) for w in verbs)


def _gender(text: str, m: Mention, info) -> str | None:
    """A person's gender: the gazetteer's, that of a pronoun mention, a feminine role noun right before
    the name (``die Nothilfekoordinatorin der Organisation, Amira Saleh``) or a feminine apposition after
    it (``Helene Marquardt, die Prozessbevollmächtigte``); None if unknown."""
    known = info.get(m.entity_id)
    if known is not None and known.gender:
        return known.gender
    if m.method == "pronoun":
        return "m" if m.text.casefold() == "er" else "f"
    article = m.text.split()[0].casefold()
    if article in ("der", "dem", "den", "des", "die"):  # a reference: der 58-Jährige, die Ministerin
        return "f" if article == "die" else "m"
    title = TITLE_BEFORE.search(text, max(0, m.start - 60), m.start)
    if title is not None:  # Vorstandschef Heiko Brandauer, die Osteuropa-Expertin Lena Ostrowski
        return "f" if title.group(1).endswith("in") else "m"
    if FEMININE_APPOSITION_AFTER.match(text, m.end):  # Helene Marquardt, die Prozessbevollmächtigte des Vereins
        return "f"
    return None
