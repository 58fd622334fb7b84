"""Mode errors classed by mechanism (session 16, flows/events/README.md "Twenty-seventh pass"): one general rule per
class that recurs in at least three sets. Invented sentences; tests.test_events publishes on Thursday 2026-01-15."""
from __future__ import annotations

import pytest

from tests.test_events import events


def _modes(text: str) -> dict:
    return {e.trigger: e.mode for e in events(text)}


@pytest.mark.parametrize("text, trigger", [
    ("Die Außenminister der beiden Länder treffen sich Anfang März in Wien.", "treffen"),
    ("In der Region beginnen die Gespräche in der kommenden Woche.", "Gespräche"),
    ("Experten rechnen mit einem Urteil Mitte 2027.", "einem Urteil"),
    ("Die Parteien vertagten die Verhandlungen auf die kommende Woche.", "Verhandlungen"),
])
def test_a_week_month_or_year_to_come_in_the_clause_makes_the_event_planned(text: str, trigger: str) -> None:
    assert _modes(text)[trigger] == "intended"


@pytest.mark.parametrize("text, trigger", [
    ("Die Parteien vertagten die Verhandlungen auf die kommende Woche.", "vertagten"),  # the act told in the past
    ("Nach langen Verhandlungen in Wien vertagten die Parteien die Entscheidung auf die kommende Woche.",
     "Verhandlungen"),  # the time is another noun's
    ("Im März hatten die Außenminister in Wien verhandelt.", "verhandelt"),  # a month told in the past
    ("Die Gruppe lehnt eine Rente über das Jahr 2031 hinaus ab.", "lehnt"),  # a bare year the event reaches
    ("Die Außenminister verhandeln seit März in Wien.", "verhandeln"),  # a start
])
def test_a_period_that_is_no_time_to_come_of_the_event_leaves_it_realized(text: str, trigger: str) -> None:
    assert _modes(text)[trigger] == "realized"


@pytest.mark.parametrize("text, trigger", [
    ("Solange die Miliz die Stadt belagere, werde es keine Verhandlungen geben, sagte der General.", "Verhandlungen"),
    ("Solange die Regierung keine Garantien gebe, werde die Partei nicht zustimmen, sagte er.", "zustimmen"),
])
def test_a_negated_clause_after_an_opening_solange_is_a_refusal(text: str, trigger: str) -> None:
    assert _modes(text)[trigger] == "negated"


def test_a_positive_clause_after_an_opening_solange_stays_a_consequence() -> None:
    assert _modes("Solange die Regierung keine Garantien gebe, werde die Partei weiter streiken.")["streiken"] == \
        "hypothetical"


@pytest.mark.parametrize("text, trigger", [
    ("Die Ministerin zeigte sich offen für Gespräche mit der Gewerkschaft.", "Gespräche"),
    ("Der Präsident zeigte sich skeptisch gegenüber neuen Sanktionen.", "Sanktionen"),
    ("Auch die Partei sprach sich gegen eine Entsendung von Soldaten aus.", "Entsendung"),
    ("Der Kanzler hatte zuvor für Verhandlungen mit der Opposition geworben.", "Verhandlungen"),
])
def test_an_event_a_stance_is_for_or_against_is_proposed(text: str, trigger: str) -> None:
    assert _modes(text)[trigger] == "hypothetical"


@pytest.mark.parametrize("text, trigger", [
    ("Der Bischof sprach sich gegen die Angriffe auf Zivilisten aus.", "Angriffe"),  # a definite noun exists
    ("Seit dem Wahlsieg im Oktober des Vorjahrs regiert die Partei allein.", "Wahlsieg"),  # a month gone by
])
def test_a_definite_stance_object_or_a_past_month_stays_realized(text: str, trigger: str) -> None:
    assert _modes(text)[trigger] == "realized"
