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

Both thresholds are chosen by leave-one-set-out cross-validation (see the script). ``extract_events`` uses the
model only when given ``participant_model=learned_participants``: out of fold it was noise-level and it slows the
stage by a quarter or more ("Learned participant model, session 13" in the README).

>>> from flows.events.text import sentences
>>> from flows.records import Mention
>>> text = "Polen kritisierte Ungarn. Die Regierung in Budapest wies die Kritik zurück."
>>> m = [Mention(0, 5, "Polen", "LOC", "loc:polen", "Polen", "gazetteer", 1.0),
...      Mention(18, 24, "Ungarn", "LOC", "loc:ungarn", "Ungarn", "gazetteer", 1.0)]
>>> view = article_view(text, tuple(sentences(text)), m, None)
>>> site = EventSite(view, 1, 56, 60, False, "REJECT", None, (), ())
>>> sorted({(c.role, c.name) for c in candidates(site)})[:2]
[('actor', 'Polen'), ('actor', 'Ungarn')]
>>> 'd:target:1' in next(c for c in candidates(site) if c.name == "Polen" and c.role == "target").features
True
"""
from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
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
class Named:
    """A name mention as the model sees it: the party it names (swapped for its country as the rules swap
    capitals and governments, or the body an office holder acts for), its sentence, and per role the features
    that do not depend on the event (kind, link method, the words around it, lead, dateline, body)."""

    start: int
    end: int
    name: str
    entity_id: str | None
    text: str
    sentence: int
    kind: str
    static: tuple[tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class ArticleView:
    """What the model sees of the article, computed once: its named parties by sentence, and each party's rank
    by how often the article names it (0 = most often)."""

    by_sentence: tuple[tuple[Named, ...], ...]
    rank: Mapping[str, int]


@dataclass(frozen=True, slots=True)
class EventSite:
    """What the model sees of one event: the article, the event's sentence index, trigger, type, the speaker
    of its quote, the earlier events and the rules' participants."""

    article: ArticleView
    index: int
    trigger_start: int
    trigger_end: int
    is_noun: bool
    event_type: str
    speaker: str | None
    earlier: Sequence[Earlier]
    rules: tuple[Participant, ...]


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


def _bucket(n: int, bounds: Sequence[int]) -> str:
    return next((str(b) for b in bounds if n <= b), f">{bounds[-1]}")


def _word_before(text: str, sentence: Sentence, start: int) -> str:
    """The word before ``start`` in its sentence (``^``: none)."""
    words = WORD_RE.findall(text, max(sentence.start, start - 25), start)
    return words[-1].lower() if words else "^"


def _word_after(text: str, sentence: Sentence, end: int) -> str:
    """The word after ``end`` in its sentence (``$``: none)."""
    match = WORD_RE.search(text, end, min(sentence.end, end + 25))
    return match.group().lower() if match else "$"


def article_view(text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention],
                 published_on: date | None) -> ArticleView:
    """The article's named parties (PER, ORG and LOC mentions with a name) by sentence, with their ranks."""
    ends = [s.end for s in sentences]
    dateline = DATELINE_RE.match(text, sentences[0].start) if sentences else None
    by_sentence: list[list[Named]] = [[] for _ in sentences]
    counts: Counter[str] = Counter()
    for m in mentions:
        if m.entity_type not in ("PER", "ORG", "LOC") or not (m.entity_name or m.text) or not sentences:
            continue
        p = _participant("actor", m)
        counts[p.name] += 1
        at = min(bisect_right(ends, m.start), len(sentences) - 1)
        body = role_body(m.entity_id, published_on) if m.entity_type == "PER" else None
        before, after = _word_before(text, sentences[at], m.start), _word_after(text, sentences[at], m.end)
        lead = at == 0
        in_dateline = lead and dateline is not None and m.end <= dateline.end()
        static = tuple((f"k:{role}:{m.entity_type}", f"m:{role}:{m.method}", f"pw:{role}:{before}",
                        f"nw:{role}:{after}", *((f"lead:{role}",) if lead else ()),
                        *((f"dateline:{role}",) if in_dateline else ())) for role in ROLES)
        by_sentence[at].append(Named(m.start, m.end, p.name, p.entity_id, m.text, at, m.entity_type,
                                     static))  # type: ignore[arg-type]
        if body:
            by_sentence[at].append(Named(m.start, m.end, body, None, m.text, at, m.entity_type, tuple(
                (*fs, f"body:{role}") for fs, role in zip(static, ROLES))))  # type: ignore[arg-type]
    rank = {name: r for r, (name, _) in enumerate(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))}
    return ArticleView(tuple(map(tuple, by_sentence)), rank)


@dataclass(slots=True)
class _Party:
    name: str
    entity_id: str | None
    text: str
    named: Named | None = None


def _nearness(site: EventSite, named: Named | None) -> tuple[int, int]:
    """Sort key of a mention by nearness to the event: in the event's sentence (nearest the trigger first), then
    in earlier sentences (nearest first), then in later ones; no mention last."""
    if named is None:
        return 3, 0
    d = site.index - named.sentence
    if d == 0:
        return 0, abs(named.start - site.trigger_start)
    return (1, d) if d > 0 else (2, -d)


def _parties(site: EventSite) -> dict[str, _Party]:
    """The parties the event's candidates are made of, by canonical name, each with its nearest mention."""
    parties: dict[str, _Party] = {}
    by_sentence = site.article.by_sentence
    window = range(max(0, site.index - REACH_BEFORE), min(len(by_sentence), site.index + REACH_AFTER + 1))
    for at in (0, *window) if window and window.start > 0 else window:
        for named in by_sentence[at]:
            party = parties.setdefault(named.name, _Party(named.name, named.entity_id, named.text))
            if _nearness(site, named) < _nearness(site, party.named):
                party.named, party.text = named, named.text
    for _, _, participants in site.earlier:
        for p in participants:
            parties.setdefault(p.name, _Party(p.name, p.entity_id, p.text))
    if site.speaker:
        parties.setdefault(site.speaker, _Party(site.speaker, None, site.speaker))
    for p in site.rules:
        party = parties.setdefault(p.name, _Party(p.name, p.entity_id, p.text))
        party.entity_id = party.entity_id or p.entity_id
    return parties


def _mention_features(site: EventSite, role: str, named: Named | None) -> tuple[str, ...]:
    if named is None:
        return (f"nomention:{role}",)
    t, kind = site.event_type, named.kind
    d = site.index - named.sentence
    dist = "after" if d < 0 else str(d) if d < 3 else "3+"
    feats = (f"d:{role}:{dist}", f"td:{t}:{role}:{dist}", f"tk:{t}:{role}:{kind}", f"kd:{role}:{kind}:{dist}",
             *named.static[role == "target"])
    if d == 0:
        side = "before" if named.end <= site.trigger_start else "after"
        gap = site.trigger_start - named.end if side == "before" else named.start - site.trigger_end
        feats += (f"pos:{role}:{side}", f"tpos:{t}:{role}:{side}", f"npos:{role}:{site.is_noun}:{side}",
                  f"gap:{role}:{side}:{_bucket(gap, GAP_BUCKETS)}", f"trd0:{t}:{role}")
    return feats


def candidates(site: EventSite, rules_too: bool = True) -> list[Candidate]:
    """The event's (role, party) candidates with their features, in a stable order (rules' participants first);
    ``rules_too=False`` leaves out the rules' own (when nothing may be dropped)."""
    parties = _parties(site)
    rank = site.article.rank
    ruled = {(p.role, p.name) for p in site.rules}
    rule_roles = Counter(p.role for p in site.rules)
    previous = {p.name: p.role for p in site.earlier[-1][2]} if site.earlier else {}
    same_type = next((ps for _, t, ps in reversed(site.earlier) if t == site.event_type), ())
    same = {p.name: p.role for p in same_type}
    history = Counter((p.role, p.name) for _, _, ps in site.earlier for p in ps)
    t = site.event_type
    # the party's place among the event's parties: by how often the article names it, and by nearness
    by_count = {name: k for k, name in enumerate(sorted(parties, key=lambda n: (rank.get(n, len(rank)), n)))}
    by_nearness = {name: k for k, name in enumerate(sorted(parties, key=lambda n: (_nearness(site, parties[n].named),
                                                                                     n)))}
    heads = {role: ("bias", f"t:{t}", f"r:{role}", f"tr:{t}:{role}", f"rn:{role}:{site.is_noun}",
                    f"nr:{role}:{min(rule_roles[role], 2)}", f"tnr:{t}:{role}:{min(rule_roles[role], 2)}")
             for role in ROLES}
    out: list[Candidate] = []
    for name, party in parties.items():
        for role in ROLES:
            rule = (role, name) in ruled
            if rule and not rules_too:
                continue
            other = (ROLES[role == "actor"], name) in ruled
            nr = min(rule_roles[role], 2)
            counted, near = min(by_count[name], 3), min(by_nearness[name], 3)
            feats = [*heads[role], f"rule:{role}:{rule}", f"trule:{t}:{role}:{rule}", f"other:{role}:{other}",
                     f"rank:{role}:{min(rank.get(name, 9), 4)}", f"erank:{role}:{nr}:{counted}",
                     f"near:{role}:{nr}:{near}", f"rnear:{role}:{counted}:{near}", f"nnr:{role}:{site.is_noun}:{nr}:{other}",
                     *_mention_features(site, role, party.named)]
            for had in ROLES:
                n = _bucket(history[(had, name)], HISTORY_BUCKETS)
                feats += [f"hist:{role}:{had}:{n}", f"thist:{t}:{role}:{had}:{n}"]
            if name in previous:
                feats += [f"prev:{role}:{previous[name]}", f"tprev:{t}:{role}:{previous[name]}"]
            if name in same:
                feats += [f"same:{role}:{same[name]}", f"tsame:{t}:{role}:{same[name]}"]
            if site.speaker == name:
                feats.append(f"speaker:{role}")
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
    dropped = {(c.role, c.name) for c in cands if c.rule and m.keep_threshold > 0
               and probability(m.keep, c.features) < m.keep_threshold}
    added = sorted(((probability(m.add, c.features), c) for c in cands if not c.rule),
                   key=lambda pc: -pc[0])
    return (tuple(p for p in rules if (p.role, p.name) not in dropped)
            + tuple(c.participant() for p, c in added if p >= m.add_threshold))


def learned_participants(site: EventSite) -> tuple[Participant, ...]:
    """The event's participants after the trained model's decisions."""
    m = model()
    return decide(candidates(site, rules_too=m.keep_threshold > 0), site.rules, m)
