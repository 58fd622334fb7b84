"""Event rows and rules of the fifteenth pass (issue 5), each on a short sentence written for this test."""
import pytest

from flows.events import extract_events
from flows.records import Doc
from tests.test_events_lexicon_recall13 import THURSDAY, found


def typed_modes(text: str) -> set[tuple[str, str, str]]:
    return {(e.event_type, e.trigger, e.mode) for e in extract_events(Doc("t", text, THURSDAY))}


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    # urging someone to more of something or to a virtue asks for it
    ("Der Minister mahnte die Länder bei dem Gipfel zu mehr Eile.", "mahnte", "REQUEST"),
    ("Die Kanzlerin mahnt zu Geduld.", "mahnt", "REQUEST"),
    # a vote with its score: the "zu" of "mit 300 zu 200 Stimmen" is no particle of consent
    ("Der Landtag stimmte mit 70 zu 52 Stimmen für den Haushalt.", "stimmte", "OTHER"),
    ("Die Grünen stimmten dem Haushalt zu, die Linke dagegen.", "stimmten", "AGREE"),
    # warning a named addressee of something, the warner opening the sentence
    ("Außenminister Jean Dupont warnte Moskau und Minsk davor, die Grenze zu schließen.", "warnte", "THREATEN"),
])
def test_rows(text, trigger, event_type):
    assert found(text).get(trigger) == event_type


@pytest.mark.parametrize("text", [
    # after an opener the name after the verb is the one who warns
    "Zugleich warnte Moskau vor einer Eskalation.",
    "Am Montag warnte Dupont vor neuen Schulden.",
])
def test_warning_without_addressee(text):
    assert "warnte" not in found(text)
