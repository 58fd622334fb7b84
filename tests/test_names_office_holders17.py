"""Office holders of 2024-2026 added in session 17 (``data/roles.txt``, ``data/persons.txt``) after a systematic check
of the listed groups: a role reference resolves to the holder on the article's date, a full name links to the new
person, and surnames that are ordinary words link only after the full name. Sentences invented for these tests."""
from __future__ import annotations

from datetime import date

from tests.conftest import mention_triples, role_holder



def test_the_irish_head_of_government_after_harris():
    text = "Der irische Regierungschef sprach am Dienstag in Dublin vor Unternehmern."
    assert role_holder(text, "irische Regierungschef", date(2025, 6, 3)) == "Micheál Martin"
    assert role_holder(text, "irische Regierungschef", date(2024, 10, 1)) == "Simon Harris"


def test_the_french_defence_minister_of_the_second_lecornu_government():
    text = "Die französische Verteidigungsministerin besuchte am Freitag eine Kaserne in Lyon."
    assert role_holder(text, "französische Verteidigungsministerin", date(2026, 1, 16)) == "Catherine Vautrin"


def test_the_japanese_foreign_minister_changes_with_the_government():
    text = "Der japanische Außenminister wird am Montag in Berlin erwartet."
    assert role_holder(text, "japanische Außenminister", date(2025, 12, 1)) == "Toshimitsu Motegi"
    assert role_holder(text, "japanische Außenminister", date(2025, 3, 3)) == "Takeshi Iwaya"


def test_the_german_research_minister():
    text = "Die Forschungsministerin stellte am Mittwoch in Berlin ein Programm für Raumfahrt vor."
    assert role_holder(text, "Forschungsministerin", date(2025, 9, 10)) == "Dorothee Bär"


def test_a_new_head_of_state_by_full_name():
    text = "Der libanesische Präsident Joseph Aoun empfing am Sonntag einen Gesandten aus Paris."
    assert ("Joseph Aoun", "Joseph Aoun", "PER") in mention_triples(text, date(2025, 10, 5))


def test_a_surname_that_is_an_ordinary_word_links_only_after_the_full_name():
    text = "Die Regierung will den Frieden sichern. Der Richter erinnerte an die Bedeutung des Eides."
    names = {name for _, name, _ in mention_triples(text, date(2025, 10, 5))}
    assert "Luc Frieden" not in names and "Espen Barth Eide" not in names
