"""Session 16, second half (tune21 as new text): three classes that recur in three sets or more.

(1) Consent refused as a threat or an announcement is a rejection (triggers.csv, the 'nicht zuzustimmen' REJECT row;
mode.OWN_NEGATION_RE): gold REJECT 4 of 4 in tune3, tune19, tune21; without a threatening or announcing verb a
withheld consent stays a negated AGREE (tune5, tune6, tune7, tune12). (2) The dead counted after an attack take the
attack's day unless their clause points back with 'dabei' (extract.KILLING_POINTER_RE): dated in tune6, tune10,
tune11, tune15, tune21. (3) An affirmative "solange" clause after its main clause tells a state that holds
(mode.AS_LONG_AS_RE): gold realized in tune13, tune15, tune18, tune21. Invented sentences."""
from __future__ import annotations

import pytest

from tests.test_events import events


def typed(text: str, event_type: str) -> list[tuple[str, str]]:
    return [(e.trigger, e.mode) for e in events(text) if e.event_type == event_type]


@pytest.mark.parametrize("text, mode", [
    ("Die Fraktion drohte am Montag damit, dem Haushalt nicht zuzustimmen, sollte die Regierung die Mittel kürzen.",
     "hypothetical"),
    ("Der Verband kündigte an, die Delegierten würden dem Vertrag nicht zustimmen.", "intended"),
    ("Die Abgeordneten hatten gedroht, dem Gesetz im Landtag nicht zuzustimmen.", "hypothetical"),
])
def test_threatened_refusal_is_a_rejection(text: str, mode: str) -> None:
    trigger = "nicht zuzustimmen" if "zuzustimmen" in text else "nicht zustimmen"
    assert typed(text, "REJECT") == [(trigger, mode)]
    assert typed(text, "AGREE") == []


@pytest.mark.parametrize("text", [
    "Die Partei werde dem Gesetz nicht zustimmen, sagte der Vorsitzende.",
    "Die Stadt hatte angekündigt, den Bürgermeister nicht zu wählen, weil die Fraktion dem Etat nicht zustimmen wollte.",
])
def test_withheld_consent_stays_a_negated_agreement(text: str) -> None:
    assert typed(text, "REJECT") == []
    assert typed(text, "AGREE") == [("zustimmen", "negated")]


def test_dead_counted_after_an_attack_take_its_day() -> None:
    text = ("In der Nacht zum Dienstag hatten Drohnen die Hafenstadt angegriffen. Nach Angaben der Behörden wurden "
            "in der Altstadt mindestens drei Menschen getötet.")
    killed = [e for e in events(text) if e.trigger == "getötet"]
    assert [e.date_text for e in killed] == ["In der Nacht zum Dienstag"]
    assert all(e.date is not None for e in killed)


def test_dead_counted_with_dabei_stay_undated() -> None:
    text = ("In der Nacht zum Dienstag hatten Drohnen die Hafenstadt angegriffen. Nach Angaben der Behörden wurden "
            "dabei mindestens drei Menschen getötet.")
    assert [e.date for e in events(text) if e.trigger == "getötet"] == [None]


def test_affirmative_as_long_as_clause_tells_a_state() -> None:
    # (3) mode.AS_LONG_AS_RE: a "solange" clause after its main clause, not negated, holds now (tune15, tune21)
    text = "Die Hilfe werde weitergehen, solange die Armee die Dörfer im Norden angreife, sagte der Minister."
    assert [e.mode for e in events(text) if e.trigger == "angreife"] == ["realized"]


def test_negated_as_long_as_clause_stays_a_condition() -> None:
    text = "Es werde keine Gespräche geben, solange die Regierung nicht einlenke, sagte die Sprecherin."
    assert [e.mode for e in events(text) if e.trigger == "einlenke"] == ["hypothetical"]
