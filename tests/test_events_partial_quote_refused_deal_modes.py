"""Mode cues inside a quotation of a few words that the narrator's clause goes on with ("Ein Treffen sei „nicht
geplant“"), "nicht vom Tisch" as not ruled out, and a refused agreement that stays proposed ("lehnte eine Waffenruhe
ab") while consent withheld is negated (flows.events.mode: PARTIAL_QUOTE_WORDS, CHARACTERISATION_BEFORE_RE,
NOT_RULED_OUT_RE, WITHHELD_RE). Invented sentences."""
from __future__ import annotations

import pytest

from tests.test_events import events


def modes(text: str) -> dict[str, str]:
    return {e.trigger: e.mode for e in events(text)}


@pytest.mark.parametrize("text, trigger", [
    ("Ein Besuch des Ministers in der Hauptstadt sei „vorerst nicht geplant“, sagte ein Sprecher.", "Besuch"),
    ("Ein Gipfeltreffen der beiden Präsidenten stehe „derzeit nicht auf der Agenda“.", "Gipfeltreffen"),
    ("Die Arbeitgeber hätten „kein tragfähiges Angebot“ vorgelegt, sagte die Gewerkschafterin.", "vorgelegt"),
])
def test_a_negation_in_a_short_quotation_of_the_clause_negates(text: str, trigger: str) -> None:
    assert modes(text)[trigger] == "negated"


def test_a_hedge_in_a_short_quotation_of_the_clause_counts() -> None:
    assert modes("Eine Einigung mit den Bauern sei „in greifbarer Nähe“, sagte der Minister.")["Einigung"] \
        == "hypothetical"


def test_a_long_quotation_stays_blanked() -> None:
    text = "Das Treffen am Montag brachte „nach Ansicht vieler Beobachter nicht den erhofften großen Fortschritt“."
    assert modes(text)["Treffen"] == "realized"


def test_a_quotation_after_als_characterises_and_is_no_cue() -> None:
    assert modes("Die Ministerin kritisierte den Plan als „nicht durchdacht“.")["kritisierte"] == "realized"


def test_nicht_vom_tisch_leaves_the_event_possible() -> None:
    assert modes("Die angekündigten Strafzölle seien „nicht vom Tisch“, warnte der Verband.")["Strafzölle"] \
        == "hypothetical"


@pytest.mark.parametrize("text, trigger", [
    ("Die Regierung lehnte eine Waffenruhe ohne Vorbedingungen erneut ab.", "Waffenruhe"),
    ("Eine Feuerpause lehnte der General bislang ab.", "Feuerpause"),
])
def test_a_refused_agreement_stays_proposed(text: str, trigger: str) -> None:
    assert modes(text)[trigger] == "hypothetical"


@pytest.mark.parametrize("text, trigger", [
    ("Die Grünen verweigerten dem Kandidaten ihre Zustimmung.", "Zustimmung"),
    ("Gespräche mit der Opposition lehnte der Präsident erneut ab.", "Gespräche"),
])
def test_withheld_consent_and_refused_talks_stay_negated(text: str, trigger: str) -> None:
    assert modes(text)[trigger] == "negated"
