"""The length bound of a quotation whose cues count for the narrator's clause (mode.PARTIAL_QUOTE_WORDS = 6, session
15), pinned on both sides by mutation runs of review 15a. Invented sentences."""
from __future__ import annotations

from tests.test_events import events


def modes(text: str) -> dict[str, str]:
    return {e.trigger: e.mode for e in events(text)}


def test_a_negation_in_a_quotation_of_six_words_negates() -> None:
    text = "Ein Besuch des Ministers sei „in diesem Jahr nicht mehr geplant“, sagte ein Sprecher."
    assert modes(text)["Besuch"] == "negated"


def test_a_negation_in_a_quotation_of_seven_words_stays_blanked() -> None:
    text = "Das Treffen am Montag sei „nach Ansicht aller Beobachter wirklich nicht einfach“ gewesen, sagte sie."
    assert modes(text)["Treffen"] == "realized"
