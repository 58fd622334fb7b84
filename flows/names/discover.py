"""Entities for names missing from the gazetteer, and merging their spelling variants across articles.

A discovered entity's id is ``f"{type}:{ASCII-folded name}"`` (``per:marco-hessling``), so the same
name spelled with or without diacritics or ß gets the same id in every article. ``merge_discovered``
joins ids whose German/Slavic fold keys match or are close (``Kowalenko``/``Kovalenko``,
``Kühlborn``/``Kuehlborn``) under the resolver's gates: same type, same
surname key or a fuzzy surname match of a long surname, compatible given names, never a reference
entity's alias.

>>> from flows.records import Mention
>>> ms = [Mention(0, 19, "Oleksandr Kovalenko", "PER", "per:oleksandr-kovalenko", "Oleksandr Kovalenko", "discovered", 0.6),
...       Mention(0, 20, "Olexander Kowalenko", "PER", "per:olexander-kowalenko", "Olexander Kowalenko", "discovered", 0.6),
...       Mention(0, 20, "Olexander Kowalenko", "PER", "per:olexander-kowalenko", "Olexander Kowalenko", "discovered", 0.6),
...       Mention(0, 16, "Maria Kowalenko", "PER", "per:maria-kowalenko", "Maria Kowalenko", "discovered", 0.6)]
>>> merge_discovered(ms)
{'per:oleksandr-kovalenko': 'per:olexander-kowalenko'}
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz

from flows.names.gazetteer import load, split_person_name
from flows.names.keys import block_key, fold_key
from flows.records import Entity, Mention

#: Minimum similarity (0-100) of two folded surnames for a merge, and the shortest surname merged fuzzily.
SURNAME_MIN = 88.0
FUZZY_MIN_LEN = 6


def discovered_entities(mentions: Iterable[Mention]) -> list[Entity]:
    """One entity per discovered id; its name is the most frequent full surface form."""
    info = load().info
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    types: dict[str, str] = {}
    for m in mentions:
        if m.entity_id and m.entity_id not in info:
            forms[m.entity_id][m.entity_name or m.text] += 1
            forms[m.entity_id][m.text] += 0
            types[m.entity_id] = m.entity_type
    out = []
    for entity_id in sorted(forms):
        counts = forms[entity_id]
        name = max(counts, key=lambda s: (counts[s], len(s.split()), s))
        out.append(Entity(entity_id, name, types[entity_id], None, tuple(sorted(counts)), "discovered"))
    return out


def _compatible(a: str, b: str, typ: str) -> bool:
    if typ != "PER":
        return fold_key(a) == fold_key(b) or (len(fold_key(a)) >= 8 and fuzz.ratio(fold_key(a), fold_key(b)) >= 92)
    given_a, sur_a = split_person_name(a)
    given_b, sur_b = split_person_name(b)
    ka, kb = fold_key(sur_a), fold_key(sur_b)
    if ka != kb:
        if min(len(ka), len(kb)) < FUZZY_MIN_LEN or fuzz.ratio(ka, kb) < SURNAME_MIN:
            return False
        if ka.startswith(kb) or kb.startswith(ka):
            return False  # an added ending: a feminine form or another name
    if given_a and given_b:
        ga, gb = fold_key(given_a[0]), fold_key(given_b[0])
        if ga != gb and not (min(len(ga), len(gb)) == 1 and ga[0] == gb[0]) and fuzz.ratio(ga, gb) < 80:
            return False
    return True


def merge_discovered(mentions: Sequence[Mention]) -> dict[str, str]:
    """Map discovered ids to the id they merge into (the most mentioned of each group); pure."""
    entities = discovered_entities(mentions)
    counts = Counter(m.entity_id for m in mentions if m.entity_id)
    by_type: dict[str, list[Entity]] = defaultdict(list)
    for e in entities:
        if len(e.name.split()) >= (2 if e.type == "PER" else 1):
            by_type[e.type].append(e)
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for typ, group in by_type.items():
        blocks: dict[str, list[Entity]] = defaultdict(list)
        for e in group:
            key = fold_key(split_person_name(e.name)[1] if typ == "PER" else e.name)
            blocks[block_key(key.split()[-1] if key else "")].append(e)
        for block in blocks.values():
            for i, a in enumerate(block):
                for b in block[i + 1:]:
                    if root(a.entity_id) != root(b.entity_id) and _compatible(a.name, b.name, typ):
                        ra, rb = root(a.entity_id), root(b.entity_id)
                        keep, drop = sorted((ra, rb), key=lambda x: (-counts[x], x))
                        parent[drop] = keep
    return {e: root(e) for e in parent if root(e) != e}
