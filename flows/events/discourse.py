"""Participants from the article as a whole: its two sides fill roles the clause rules leave empty.

The clause rules of ``participants.py`` read one clause. Most parties they miss were set up earlier in
the article: talks, strikes, lawsuits and sanctions have two sides (a union and a company, the EU and
Russia, a consumer body and a manufacturer), and a sentence such as ``Die Gespräche sollen am Montag
weitergehen`` or ``Die Bahn reichte einen Eilantrag ein`` names one side or none. This pass runs after
the clause rules on the whole article:

- the sides are the two collective parties (organisations, countries; not persons, towns) the article
  names most, counting each mention and each event they take part in (``article_sides``);
- joint acts (talks, agreements, cooperation) without any participant are held by both sides;
- a directed act or a demand whose actors include exactly one side and that has no target is aimed at
  the other side.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from flows.records import Event, Mention, Participant

#: a side is named (mentions plus events it takes part in) at least this often in the article
SIDE_MIN_COUNT = 3
#: acts that two parties perform together: without named parties, the article's two sides hold them
JOINT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
#: acts aimed at someone: one side acting without a named target acts on the other side
AIMED_TYPES = frozenset({"ACCUSE", "PROTEST", "THREATEN", "COERCE", "SANCTION", "CONCEDE", "REJECT", "REQUEST",
                         "SUPPORT"})


def _mention_participant(mention: Mention) -> Participant | None:
    # imported here: participants.py loads the gazetteer and needs nothing from this module
    from flows.events.participants import _linked, _participant
    return _participant("actor", mention) if _linked(mention) else None


def _towns() -> frozenset[str]:
    from flows.events.participants import _towns as towns
    return towns()


def article_sides(events: Sequence[Event], mentions: Sequence[Mention]) -> tuple[Participant, ...]:
    """The article's two sides: the two collective parties it names most, when two stand out.

    Each mention of a party and each event it takes part in count once. Persons are no side (they act
    for one), nor are towns (places). A tie for second place leaves one side (returned alone, which
    the rules below do not use), a three-way tie for first none.
    """
    towns = _towns()
    counts: dict[str, int] = {}
    persons: set[str] = set()
    found: dict[str, Participant] = {}
    for event in events:
        for p in {p.name: p for p in event.participants}.values():
            counts[p.name] = counts.get(p.name, 0) + 1
            found.setdefault(p.name, p)
            if (p.entity_id or "").startswith("per:"):
                persons.add(p.name)
    for m in mentions:
        p = _mention_participant(m)
        if p is not None:
            counts[p.name] = counts.get(p.name, 0) + 1
            found.setdefault(p.name, p)
            if m.entity_type == "PER":
                persons.add(p.name)
    ranked = sorted(((n, c) for n, c in counts.items() if n not in persons and n not in towns
                     and c >= SIDE_MIN_COUNT), key=lambda kv: (-kv[1], kv[0]))
    if len(ranked) >= 3 and ranked[1][1] == ranked[2][1]:
        return () if ranked[0][1] == ranked[1][1] else (found[ranked[0][0]],)
    return tuple(found[n] for n, _ in ranked[:2])


def _side(role: str, side: Participant) -> Participant:
    return Participant(role, side.entity_id, side.name, side.text)


def side_participants(event: Event, sides: Sequence[Participant]) -> tuple[Participant, ...]:
    """What the article's ``sides`` add to ``event`` (nothing unless there are exactly two)."""
    if len(sides) != 2:
        return ()
    if event.event_type in JOINT_TYPES and not event.participants:
        return tuple(_side("actor", side) for side in sides)
    actors = {p.name for p in event.participants if p.role == "actor"}
    if event.event_type in AIMED_TYPES and not any(p.role == "target" for p in event.participants):
        inside = [side for side in sides if side.name in actors]
        if len(inside) == 1:
            return (_side("target", next(side for side in sides if side.name not in actors)),)
    return ()


def opponents(events: Sequence[Event], sides: Sequence[Participant]) -> bool:
    """Whether one side acts on the other in some event of the article (clause rules).

    Two parties named often need not face each other (a country and the news agency reporting from it,
    a government and a party of it); an act of one aimed at the other makes them sides of one dispute.
    """
    names = {side.name for side in sides}
    return len(names) == 2 and any(
        {p.name for p in e.participants if p.role == "actor"} & names
        and {p.name for p in e.participants if p.role == "target"} & names
        and {p.name for p in e.participants} >= names for e in events)


def with_article_sides(events: Sequence[Event], mentions: Sequence[Mention]) -> list[Event]:
    """``events`` with the roles the article's two sides fill (sides read from the clause rules' output)."""
    sides = article_sides(events, mentions)
    if not opponents(events, sides):
        return list(events)
    out = []
    for event in events:
        added = side_participants(event, sides)
        out.append(replace(event, participants=event.participants + added) if added else event)
    return out
