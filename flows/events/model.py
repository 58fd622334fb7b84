"""Learned decisions on top of the participant rules: which rule participants to drop, which candidates to add.

For each event the **candidates** are (role, party) pairs: every party named (a linked or typed name mention,
swapped for its country as the rules swap capitals, governments and office holders) in the lead sentence and
from :data:`REACH_BEFORE` sentences before to :data:`REACH_AFTER` after the event's sentence, the parties of the
earlier events, the speaker of the quote the event sits in, and the rules' own participants,
each in both roles. Each candidate gets sparse binary features (event type, role, noun trigger, sentence
distance, before/after the trigger, lead sentence, dateline, the words around its nearest mention, entity kind,
how often the article names it, whether the rules or the previous events gave it, the quote's speaker, and a
few conjunctions). Two logistic regressions, trained by ``scripts/train_participant_model.py`` on the devset
and the tuning sets and stored in ``data/participant_model.json``, decide:

- ``keep``: is a rule participant right? Below the model's threshold it is dropped;
- ``add``: is a candidate the rules did not give right? At or above the threshold it is added.

Both thresholds are chosen by leave-one-set-out cross-validation (see the script).

>>> from flows.events.text import sentences
>>> from flows.records import Mention
>>> text = "Polen kritisierte Ungarn. Die Regierung in Budapest wies die Kritik zurück."
>>> m = [Mention(0, 5, "Polen", "LOC", "loc:polen", "Polen", "gazetteer", 1.0),
...      Mention(18, 24, "Ungarn", "LOC", "loc:ungarn", "Ungarn", "gazetteer", 1.0)]
>>> site = EventSite(text, tuple(sentences(text)), 1, 56, 60, False, "REJECT", None, tuple(m), (), (), None)
>>> sorted({(c.role, c.name) for c in candidates(site)})[:2]
[('actor', 'Polen'), ('actor', 'Ungarn')]
>>> 'd:target:1' in next(c for c in candidates(site) if c.name == "Polen" and c.role == "target").features
True
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import repeat
from pathlib import Path

from flows.events.participants import DATELINE_RE, _participant, role_body
from flows.events.text import Sentence
from flows.records import Mention, Participant

MODEL_PATH = Path(__file__).resolve().parent / "data" / "participant_model.json"
ROLES = ("actor", "target")
#: how many sentences before the event's sentence name candidates (the lead sentence always does): the earlier-
#: sentence misses of the README reach back one to three sentences
REACH_BEFORE = 3
#: how many sentences after it ("…, teilte das Ministerium mit." in the next sentence)
REACH_AFTER = 1
#: how many earlier events gave a party a role, in buckets (the article's implied state or firm is the target of
#: event after event: "Deutschland" in a budget debate)
HISTORY_BUCKETS = (0, 1, 3)
#: distance of a same-sentence mention from the trigger, in characters
GAP_BUCKETS = (15, 40, 80)
WORD_RE = re.compile(r"[\w-]+")
#: an earlier event as the extractor keeps it: trigger start, event type, participants
Earlier = tuple[int, str, tuple[Participant, ...]]


@dataclass(frozen=True, slots=True)
class EventSite:
    """What the model sees of one event: the article, its sentences (no headings), the event's sentence index,
    trigger, type, the speaker of its quote, the mentions, the earlier events and the rules' participants."""

    text: str
    sentences: Sequence[Sentence]
    index: int
    trigger_start: int
    trigger_end: int
    is_noun: bool
    event_type: str
    speaker: str | None
    mentions: Sequence[Mention]
    earlier: Sequence[Earlier]
    rules: tuple[Participant, ...]
    published_on: date | None


@dataclass(frozen=True, slots=True)
class Candidate:
    """A (role, party) pair of one event with its features; ``rule``: the rules gave it."""

    role: str
    name: str
    entity_id: str | None
    text: str
    rule: bool
    features: tuple[str, ...]

    def participant(self) -> Participant:
        return Participant(self.role, self.entity_id, self.name, self.text)  # type: ignore[arg-type]


@dataclass(slots=True)
class _Party:
    name: str
    entity_id: str | None
    text: str
    mention: Mention | None = None
    sentence: int | None = None
    body: bool = False


def _bucket(n: int, bounds: Sequence[int]) -> str:
    return next((str(b) for b in bounds if n <= b), f">{bounds[-1]}")


def _sentence_of(sentences: Sequence[Sentence], at: int) -> int:
    return next((i for i, s in enumerate(sentences) if at < s.end), len(sentences) - 1)


def _word_before(text: str, start: int) -> str:
    words = WORD_RE.findall(text, max(0, start - 25), start)
    return words[-1].lower() if words else "^"


def _word_after(text: str, end: int) -> str:
    match = WORD_RE.search(text, end, end + 25)
    return match.group().lower() if match else "$"


def _nearness(site: EventSite, party: _Party) -> tuple[int, int]:
    """Sort key of a party by its nearest mention: in the event's sentence (nearest the trigger first), then in
    earlier sentences (nearest first), then in later ones; parties without a mention last."""
    if party.mention is None or party.sentence is None:
        return 3, 0
    d = site.index - party.sentence
    if d == 0:
        return 0, abs(party.mention.start - site.trigger_start)
    return (1, d) if d > 0 else (2, -d)


def _parties(site: EventSite) -> dict[str, _Party]:
    """The parties the event's candidates are made of, by canonical name, each with its nearest mention."""
    parties: dict[str, _Party] = {}
    first = max(0, site.index - REACH_BEFORE)
    last = min(len(site.sentences) - 1, site.index + REACH_AFTER)
    low, high = site.sentences[first].start, site.sentences[last].end
    lead_end = site.sentences[0].end if site.sentences else 0
    for m in site.mentions:
        if m.entity_type not in ("PER", "ORG", "LOC") or not (m.entity_name or m.text):
            continue
        if not (low <= m.start < high or m.start < lead_end):
            continue
        p = _participant("actor", m)
        at = _sentence_of(site.sentences, m.start)
        names = [(p.name, p.entity_id, False)]
        body = role_body(m.entity_id, site.published_on) if m.entity_type == "PER" else None
        if body:
            names.append((body, None, True))
        for name, entity_id, is_body in names:
            party = parties.setdefault(name, _Party(name, entity_id, m.text, body=is_body))
            if _nearness(site, _Party(name, None, "", m, at)) < _nearness(site, party):
                party.mention, party.sentence, party.text = m, at, m.text
    for _, _, participants in site.earlier:
        for p in participants:
            parties.setdefault(p.name, _Party(p.name, p.entity_id, p.text))
    if site.speaker:
        parties.setdefault(site.speaker, _Party(site.speaker, None, site.speaker))
    for p in site.rules:
        party = parties.setdefault(p.name, _Party(p.name, p.entity_id, p.text))
        party.entity_id = party.entity_id or p.entity_id
    return parties


def _mention_features(site: EventSite, role: str, party: _Party) -> list[str]:
    m, at = party.mention, party.sentence
    if m is None or at is None:
        return [f"nomention:{role}"]
    kind = m.entity_type
    t = site.event_type
    d = site.index - at
    dist = "after" if d < 0 else str(d) if d < 3 else "3+"
    feats = [f"d:{role}:{dist}", f"td:{t}:{role}:{dist}", f"k:{role}:{kind}", f"tk:{t}:{role}:{kind}",
             f"m:{role}:{m.method}", f"pw:{role}:{_word_before(site.text, m.start)}",
             f"nw:{role}:{_word_after(site.text, m.end)}", f"kd:{role}:{kind}:{dist}"]
    if d == 0:
        side = "before" if m.end <= site.trigger_start else "after"
        gap = site.trigger_start - m.end if side == "before" else m.start - site.trigger_end
        feats += [f"pos:{role}:{side}", f"tpos:{t}:{role}:{side}", f"npos:{role}:{site.is_noun}:{side}",
                  f"gap:{role}:{side}:{_bucket(gap, GAP_BUCKETS)}"]
    if at == 0:
        feats.append(f"lead:{role}")
        dateline = DATELINE_RE.match(site.text, site.sentences[0].start) if site.sentences else None
        if dateline and m.end <= dateline.end():
            feats.append(f"dateline:{role}")
    if party.body:
        feats.append(f"body:{role}")
    return feats


def candidates(site: EventSite) -> list[Candidate]:
    """The event's (role, party) candidates with their features, in a stable order (rules' participants first)."""
    parties = _parties(site)
    counts = Counter(_participant("actor", m).name for m in site.mentions
                     if m.entity_type in ("PER", "ORG", "LOC") and (m.entity_name or m.text))
    rank = {name: r for r, (name, _) in enumerate(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))}
    ruled = {(p.role, p.name) for p in site.rules}
    rule_roles = Counter(p.role for p in site.rules)
    previous = {p.name: p.role for p in site.earlier[-1][2]} if site.earlier else {}
    same_type = next((ps for _, t, ps in reversed(site.earlier) if t == site.event_type), ())
    same = {p.name: p.role for p in same_type}
    history = Counter((p.role, p.name) for _, _, ps in site.earlier for p in ps)
    t = site.event_type
    # the party's place among the event's parties: by how often the article names it, and by nearness
    by_count = {name: k for k, name in enumerate(sorted(parties, key=lambda n: (rank.get(n, len(rank)), n)))}
    by_nearness = {name: k for k, name in enumerate(sorted(parties, key=lambda n: _nearness(site, parties[n])))}
    out: list[Candidate] = []
    for name, party in parties.items():
        for role in ROLES:
            rule = (role, name) in ruled
            other = (ROLES[role == "actor"], name) in ruled
            nr = min(rule_roles[role], 2)
            counted, near = min(by_count[name], 3), min(by_nearness[name], 3)
            feats = ["bias", f"t:{t}", f"r:{role}", f"tr:{t}:{role}", f"rn:{role}:{site.is_noun}",
                     f"rule:{role}:{rule}", f"trule:{t}:{role}:{rule}", f"other:{role}:{other}",
                     f"nr:{role}:{nr}", f"tnr:{t}:{role}:{nr}", f"rank:{role}:{min(rank.get(name, 9), 4)}",
                     f"erank:{role}:{nr}:{counted}", f"near:{role}:{nr}:{near}", f"rnear:{role}:{counted}:{near}",
                     f"nnr:{role}:{site.is_noun}:{nr}:{other}"]
            feats += _mention_features(site, role, party)
            for had in ROLES:
                n = _bucket(history[(had, name)], HISTORY_BUCKETS)
                feats += [f"hist:{role}:{had}:{n}", f"thist:{t}:{role}:{had}:{n}", f"nhist:{role}:{nr}:{had}:{n}"]
            if name in previous:
                feats += [f"prev:{role}:{previous[name]}", f"tprev:{t}:{role}:{previous[name]}",
                          f"nprev:{role}:{nr}:{previous[name]}"]
            if name in same:
                feats += [f"same:{role}:{same[name]}", f"tsame:{t}:{role}:{same[name]}",
                          f"nsame:{role}:{nr}:{same[name]}"]
            if site.speaker == name:
                feats.append(f"speaker:{role}")
            if party.mention is not None and party.sentence == site.index:
                feats.append(f"trd0:{t}:{role}:{rule}")
            out.append(Candidate(role, name, party.entity_id, party.text, rule, tuple(feats)))
    out.sort(key=lambda c: not c.rule)
    return out


@dataclass(frozen=True, slots=True)
class Model:
    """The two weight tables and their thresholds."""

    keep: Mapping[str, float]
    add: Mapping[str, float]
    keep_threshold: float
    add_threshold: float


@cache
def model() -> Model:
    """The trained model of ``data/participant_model.json``."""
    with open(MODEL_PATH, encoding="utf-8") as fh:
        raw = json.load(fh)
    keep, add = raw["models"]["keep"], raw["models"]["add"]
    return Model(keep["weights"], add["weights"], keep["threshold"], add["threshold"])


def probability(weights: Mapping[str, float], features: Sequence[str]) -> float:
    """P(right) of a candidate under one weight table."""
    z = sum(map(weights.get, features, repeat(0.0)))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def decide(cands: Sequence[Candidate], rules: tuple[Participant, ...], m: Model) -> tuple[Participant, ...]:
    """The rules' participants the ``keep`` model keeps (in their order), then the candidates the ``add`` model
    adds (most probable first).

    >>> c = [Candidate("actor", "Polen", None, "Polen", True, ("a",)),
    ...      Candidate("target", "Ungarn", None, "Ungarn", False, ("b",))]
    >>> rules = (c[0].participant(),)
    >>> [p.name for p in decide(c, rules, Model({"a": -2.0}, {"b": 2.0}, 0.5, 0.5))]
    ['Ungarn']
    """
    dropped = {(c.role, c.name) for c in cands if c.rule and probability(m.keep, c.features) < m.keep_threshold}
    added = sorted(((probability(m.add, c.features), c) for c in cands if not c.rule),
                   key=lambda pc: -pc[0])
    return (tuple(p for p in rules if (p.role, p.name) not in dropped)
            + tuple(c.participant() for p, c in added if p >= m.add_threshold))


def learned_participants(site: EventSite) -> tuple[Participant, ...]:
    """The event's participants after the trained model's decisions."""
    return decide(candidates(site), site.rules, model())
