"""Pronoun mentions of quote speakers: ``er``/``sie`` that the quote stage resolved to a named person.

The devset annotates er/sie as name mentions only where they refer to a named quote speaker; the
quote extractor already links such a pronoun to the person (``Quote.speaker_entity_id``). This turns
those speaker pronouns into PER mentions with method ``pronoun``, to run after the quotes stage.

>>> from flows.records import Doc, Mention, Quote
>>> text = "Merz sagte, er sei zufrieden. Er wolle weitermachen."
>>> doc = Doc("a", text)
>>> ms = [Mention(0, 4, "Merz", "PER", "per:friedrich-merz", "Friedrich Merz", "alias", 0.95)]
>>> qs = [Quote("a:q1", 33, 51, "wolle weitermachen", "indirect", speaker_text="Er", speaker_start=30,
...             speaker_end=32, speaker_entity_id="per:friedrich-merz", speaker_name="Friedrich Merz")]
>>> [(m.text, m.entity_name, m.method) for m in speaker_pronoun_mentions(doc, ms, qs)]
[('Er', 'Friedrich Merz', 'pronoun')]
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from flows.names.gazetteer import load
from flows.records import Doc, Mention, Quote

#: Personal pronouns (nominative singular) that can stand for a named speaker.
SPEAKER_PRONOUNS = frozenset({"er", "sie"})
#: Confidence of a pronoun mention: the quote stage's speaker link, discounted.
PRONOUN_CONFIDENCE = 0.7


def _person_names(mentions: Sequence[Mention]) -> dict[str, str]:
    """entity_id -> canonical name of the persons among the mentions."""
    return {m.entity_id: m.entity_name or m.text for m in mentions if m.entity_type == "PER" and m.entity_id}


def speaker_pronoun_mentions(doc: Doc, mentions: Sequence[Mention], quotes: Iterable[Quote]) -> Iterator[Mention]:
    """PER mentions (method ``pronoun``) for the er/sie speakers of ``quotes`` that are linked to a
    person, sorted, one per pronoun, never overlapping ``mentions`` or each other."""
    info = load().info
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
    yield from (found[k] for k in sorted(found))
