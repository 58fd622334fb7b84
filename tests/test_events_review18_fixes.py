"""Review 18E fixes: outputs a reviewer found wrong in session 18's mode and date rules.

Each sentence is the reviewer's or an invented variant (published on Thursday 2026-01-08, tests.test_events); each
fails before its fix.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_events import events


def _event(text: str, trigger: str):
    found = {e.trigger: e for e in events("Die Lage ist ernst. " + text)}
    assert trigger in found, f"no event {trigger!r} in {sorted(found)}"
    return found[trigger]


@pytest.mark.parametrize("text, trigger", [
    # INSTEAD_FEMININE_GENITIVE_RE is case-sensitive: the dative "der"/"einer" noun is followed by a noun or a
    # preposition, so the "Statt … zu" clause is an infinitive clause and its verb negated
    ("Statt der Ukraine Waffen zu liefern, will Ungarn verhandeln.", "liefern"),
    ("Statt der Regierung mit Streiks zu drohen, will die Gewerkschaft verhandeln.", "drohen"),
])
def test_statt_a_dative_noun_and_zu_negates_the_infinitive(text: str, trigger: str) -> None:
    assert _event(text, trigger).mode == "negated"


def test_statt_a_feminine_genitive_before_a_finite_verb_stays() -> None:
    """Guard: 'Statt einer Einigung plant … zu verhandeln': the talks are planned (INSTEAD_FEMININE_GENITIVE_RE)."""
    assert _event("Statt einer Einigung plant die Gewerkschaft zu verhandeln.", "verhandeln").mode != "negated"


@pytest.mark.parametrize("text, trigger, day, words", [
    # HOLIDAY_DAY_RE: the preposition opening the sentence
    ("Am Neujahrstag griff Russland Kiew an.", "griff", date(2026, 1, 1), "Am Neujahrstag"),
    ("Zu Neujahr trafen sich die Minister.", "trafen", date(2026, 1, 1), "Zu Neujahr"),
    ("An Silvester nahm die Polizei 40 Menschen fest.", "nahm", date(2025, 12, 31), "An Silvester"),
])
def test_a_holiday_day_opening_the_sentence_is_dated(text: str, trigger: str, day: date, words: str) -> None:
    found = _event(text, trigger)
    assert (found.date, found.date_text) == (day, words)


def test_a_fronted_weder_noch_pair_ends_at_und_and_a_new_subject() -> None:
    """NEITHER_FRONTED_RE: the pair negates its own verb, not the next clause's."""
    found = _event("Weder Russland noch die Ukraine haben verhandelt und die EU verhängte Sanktionen.", "verhängte")
    assert found.mode == "realized"
    assert _event("Weder Russland noch die Ukraine haben verhandelt und die EU verhängte Sanktionen.",
                  "verhandelt").mode == "negated"


def test_a_fronted_weder_noch_pair_negates_coordinated_verbs() -> None:
    """Guard: 'und' + a verb stays inside the pair's clause."""
    assert _event("Weder Russland noch die Ukraine haben verhandelt und unterzeichnet.", "unterzeichnet").mode == "negated"


@pytest.mark.parametrize("text, trigger, mode", [
    # REFRAIN_RE's own negation: not refraining is no negation of the act (OWN_NOT_RE)
    ("Die Regierung sieht nicht davon ab, Sanktionen zu verhängen.", "verhängen", "realized"),
    ("Die Gewerkschaft will nicht darauf verzichten, erneut zu streiken.", "streiken", "intended"),
    # NOT_PLANNED_RE: a plan denied
    ("Die Regierung hat nicht vor, Sanktionen zu verhängen.", "verhängen", "negated"),
    # REFRAIN_RE's infinitive "absehen"
    ("Die Regierung will davon absehen, Sanktionen zu verhängen.", "verhängen", "negated"),
    # NOBODY_RE: "niemand anderen als" names the one meant
    ("Niemand anderen als den Außenminister hat Putin empfangen.", "empfangen", "realized"),
])
def test_a_negated_refraining_or_plan_and_niemand_anderen_als(text: str, trigger: str, mode: str) -> None:
    assert _event(text, trigger).mode == mode


def test_refraining_and_a_plan_keep_their_mode() -> None:
    """Guards: 'sah davon ab' negates, 'hat vor' plans."""
    assert _event("Die Regierung sah davon ab, Sanktionen zu verhängen.", "verhängen").mode == "negated"
    assert _event("Die Regierung hat vor, Sanktionen zu verhängen.", "verhängen").mode == "intended"


@pytest.mark.parametrize("text, trigger, modes", [
    # _zu_governed: a verb that governs the zu-infinitive itself makes "ohne" + noun its manner
    ("Die Regierung kündigte an, ohne Zustimmung des Parlaments Sanktionen zu verhängen.", "verhängen", {"intended"}),
    ("Die Gewerkschaft droht, ohne Vorwarnung zu streiken.", "streiken", {"hypothetical", "intended"}),
    # WITHOUT_CLAUSE_AFTER_RE without its -iert guard: "ohne" governs this infinitive
    ("Die Regierung hat protestiert, ohne Sanktionen zu verhängen.", "verhängen", {"negated"}),
])
def test_ohne_negates_only_the_infinitive_it_governs(text: str, trigger: str, modes: set[str]) -> None:
    assert _event(text, trigger).mode in modes


def test_ohne_after_a_complete_clause_still_negates() -> None:
    """Guard: 'reiste ab, ohne die Sanktionen zu verhängen' (WITHOUT_CLAUSE_RE)."""
    assert _event("Die Regierung reiste ab, ohne die Sanktionen zu verhängen.", "verhängen").mode == "negated"


@pytest.mark.parametrize("text, trigger", [
    # WITHOUT_THAT_RE and FRONTED_WITHOUT_RE
    ("Die Armee zog ab, ohne dass ein Waffenstillstand unterzeichnet wurde.", "unterzeichnet"),
    ("Ohne Sanktionen zu verhängen, reiste die Ministerin ab.", "verhängen"),
])
def test_ohne_dass_and_a_fronted_ohne_zu_clause_negate_their_verb(text: str, trigger: str) -> None:
    assert _event(text, trigger).mode == "negated"


def test_the_main_clause_after_a_fronted_ohne_clause_stays() -> None:
    """Guard: the trip happened."""
    assert _event("Ohne Sanktionen zu verhängen, reiste die Ministerin ab.", "reiste").mode == "realized"


def test_seit_kurz_vor_a_holiday_is_a_start_not_ahead() -> None:
    """HOLIDAY_PERIOD_RE's "seit" before "kurz"/"noch": the strike goes on, told whole."""
    found = _event("Seit kurz vor Weihnachten streiken die Piloten.", "streiken")
    assert (found.mode, found.date_text) == ("realized", "Seit kurz vor Weihnachten")
