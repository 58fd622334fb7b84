"""A bare weekday in a future or intended clause is the coming one, in a past clause the one gone by (session 16,
events16b): the reported 'Ohne eine Einigung wird es am Montag Streiks geben' and 'Der Minister werde am Montag in Rom
erwartet' dated to the Monday before a Thursday were not reproduced (both give the next Monday, alone and in the
contexts tried); over the 22 files a bare weekday resolves against the gold's direction twice (tune3 a past
announcement of a coming protest, tune8 a hearsay perfect with a prefixed participle), one set each, so no rule.
'Ob …, ist offen' makes the clause's event hypothetical, as the gold has it in five sets. And a noun a demanded or
announced zu-infinitive names as its definite setting ('in den Verhandlungen', 'beim Gipfel') is not what is demanded
(mode.DEFINITE_SETTING_BEFORE_RE). Invented sentences; tests.test_events publishes on Thursday 2026-01-08."""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_events import events

NEXT_MONDAY = date(2026, 1, 12)
LAST_MONDAY = date(2026, 1, 5)


def by_trigger(text: str) -> dict[str, tuple[str, date | None]]:
    return {e.trigger: (e.mode, e.date) for e in events(text)}


@pytest.mark.parametrize("text, trigger", [
    ("Ohne eine Einigung wird es am Montag Streiks geben.", "Streiks"),
    ("Die Lage ist angespannt. Ohne eine Einigung wird es am Montag Streiks geben, sagte die Gewerkschaft.", "Streiks"),
    ("Der Minister werde am Montag in Rom erwartet, sagte ein Sprecher.", "erwartet"),
    ("Nach Angaben des Ministeriums werde der Minister am Montag in Rom erwartet.", "erwartet"),
    ("Die Gewerkschaft kündigte an, dass es am Montag Streiks geben werde.", "Streiks"),
])
def test_a_weekday_in_a_future_clause_is_the_coming_one(text: str, trigger: str) -> None:
    assert by_trigger(text)[trigger][1] == NEXT_MONDAY


@pytest.mark.parametrize("text, trigger", [
    ("Am Montag traf die Ministerin in Rom ihren Amtskollegen.", "traf"),
    ("Die Gespräche am Montag waren nach Angaben beider Seiten konstruktiv.", "Gespräche"),
])
def test_a_weekday_in_a_past_clause_is_the_one_gone_by(text: str, trigger: str) -> None:
    assert by_trigger(text)[trigger][1] == LAST_MONDAY


def test_an_event_whose_coming_about_is_open_is_hypothetical() -> None:
    assert by_trigger("Ob ein Treffen der beiden Präsidenten stattfindet, ist offen.")["Treffen"][0] == "hypothetical"


@pytest.mark.parametrize("text, trigger, mode", [
    ("Die Ministerin forderte die Kommission auf, in den Gesprächen mit Peking entschlossener aufzutreten.",
     "Gesprächen", "realized"),
    ("Der Abgeordnete rief die Partner auf, als Hüter der Waffenruhe vom Sommer mehr Druck zu machen.",
     "Waffenruhe", "realized"),
])
def test_a_definite_setting_of_a_demanded_infinitive_is_not_demanded(text: str, trigger: str, mode: str) -> None:
    # mode.DEFINITE_SETTING_BEFORE_RE (session 16): the talks or the ceasefire exist; the demand is the infinitive
    assert by_trigger(text)[trigger][0] == mode


@pytest.mark.parametrize("text, trigger", [
    ("Die Ministerin forderte Moskau auf, zu Verhandlungen zurückzukehren.", "Verhandlungen"),
    ("Der Abgeordnete rief die Regierung auf, Gespräche mit der Opposition aufzunehmen.", "Gespräche"),
])
def test_the_demanded_infinitives_own_object_stays_hypothetical(text: str, trigger: str) -> None:
    assert by_trigger(text)[trigger][0] == "hypothetical"


def test_a_purpose_noun_of_an_announced_infinitive_stays_intended() -> None:
    # "zur …" names what the act is for: not a setting
    text = "Der Präsident kündigte an, zur Unterzeichnung nach Kairo zu reisen."
    assert by_trigger(text)["Unterzeichnung"][0] == "intended"
