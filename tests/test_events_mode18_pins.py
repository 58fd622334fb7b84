"""Review 18E: pins for the mode cues of 94eb225 that no test caught when removed one at a time.

Each sentence is invented; each test fails with the named rule, guard or pattern alternative removed in a scratch copy
(the mutation named in the comment) and passes with it. Sentences follow "Die Lage ist ernst." as in
tests/test_events_mode18.py.
"""
from __future__ import annotations

import pytest

from tests.test_events_mode18 import _modes


@pytest.mark.parametrize("text, trigger, mode", [
    # INTENDED_RE: the whole verb "vorhat" in a verb-final clause (only the split "hat vor" was pinned)
    ("Die Regierung erklärte, dass sie vorhat, Sanktionen zu verhängen.", "verhängen", "intended"),
    # NOBODY_RE's declined forms "niemanden", "niemandem"
    ("Die Polizei hat niemanden festgenommen.", "festgenommen", "negated"),
    ("Die Regierung hat mit niemandem verhandelt.", "verhandelt", "negated"),
    # WITHOUT_CLAUSE_RE with ZU_CLAUSE_END_RE's one-word infinitive ("anzugreifen", not "zu angreifen")
    ("Die Armee zog sich zurück, ohne die Stadt anzugreifen.", "anzugreifen", "negated"),
    # REFRAIN_RE's "davon abgesehen" and "verzicht… darauf" (only "sah davon ab" and "darauf verzichtet" were pinned)
    ("Die Regierung hat davon abgesehen, Sanktionen zu verhängen.", "verhängen", "negated"),
    ("Die Gewerkschaft verzichtet darauf, erneut zu streiken.", "streiken", "negated"),
])
def test_a_session_18_mode_cue_reads_its_other_forms(text: str, trigger: str, mode: str) -> None:
    modes = _modes(text)
    assert trigger in modes, f"no event {trigger!r} in {sorted(modes)}"
    assert modes[trigger] == mode


def test_niemand_does_not_negate_a_noun_of_its_clause() -> None:
    """NOBODY_RE reads only a verb ('not is_noun'): the attack happened, nobody was hurt in it."""
    assert _modes("Bei dem Angriff auf Kiew wurde niemand verletzt.")["Angriff"] == "realized"


def test_the_second_noun_of_a_fronted_weder_noch_pair_stays_realized() -> None:
    """NEITHER_FRONTED_RE reads only a verb: with 'not is_noun' gone the noun after 'noch' was negated (the pin of
    tests/test_events_mode18.py has the first noun, which stands before 'noch' and so never matched)."""
    assert _modes("Weder ein Streik noch neue Sanktionen haben die Regierung umgestimmt.")["Sanktionen"] == "realized"


@pytest.mark.parametrize("text, trigger", [
    # WITHOUT_CLAUSE_AFTER_RE's readiness words that are no participle ("bereit", "gewillt", "entschlossen",
    # "bemüht", "geeignet" are also caught by its participle test)
    ("Die Regierung ist willens, ohne Vorbedingungen zu verhandeln.", "verhandeln"),
    ("Die Gewerkschaft ist imstande, ohne Vorwarnung zu streiken.", "streiken"),
    ("Die Armee ist fähig, ohne Hilfe anzugreifen.", "anzugreifen"),
])
def test_ohne_after_a_readiness_word_is_the_manner_not_a_negation(text: str, trigger: str) -> None:
    assert _modes(text)[trigger] != "negated"
