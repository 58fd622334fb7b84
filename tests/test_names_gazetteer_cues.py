"""Cue entities in the gazetteer name canonical entities (review of session 13).

bdcb5bc renamed Ukraine's general staff to ``Generalstab der ukrainischen Streitkräfte`` and changed the cue of
``Ukrainische Luftwaffe`` with it: a cue that names an alias or an old name is dropped without a word by
``flows.names.gazetteer.load`` (``if c in by_name``), so every cue must be some entity's canonical name.
"""
from __future__ import annotations

from flows.names.gazetteer import ENTITY_FILES, _fields, _lines, load


def test_every_cue_is_a_canonical_name() -> None:
    canonical = load().by_name
    unknown = [(row[1], cue) for name in ENTITY_FILES for row in (_fields(line, 10) for line in _lines(name))
               for cue in (c.strip() for c in row[9].split(";")) if cue and cue not in canonical]
    assert unknown == []


def test_the_ukrainian_air_force_is_cued_by_the_general_staff() -> None:
    g = load()
    cues = g.info[g.by_name["Ukrainische Luftwaffe"]].cues
    assert g.by_name["Generalstab der ukrainischen Streitkräfte"] in cues
