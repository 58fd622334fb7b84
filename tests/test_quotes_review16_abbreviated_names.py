"""Review 16 fix (older code, ``_apposed_person``): the full stop of an abbreviated surname (``Ralf K.``) ends the
name, not the sentence, so a name in a relative clause after the speaker is no apposition naming him. Invented
sentences."""
from __future__ import annotations

from flows.quotes import extract_quotes
from flows.records import Doc
from tests.test_quotes_bare_body_nouns import named


def _speakers(text: str, *people: str) -> list[str | None]:
    mentions = tuple(sorted((named(text, p, "PER", p) for p in people), key=lambda m: m.start))
    return [q.speaker_name for q in extract_quotes(Doc("t", text), mentions)]


def test_a_client_with_an_abbreviated_surname_is_not_the_speaker() -> None:
    assert _speakers("Die Klage sei unbegründet, sagte Anwalt Tom Berg, der Ralf K. vertritt.",
                     "Tom Berg", "Ralf K.") == ["Tom Berg"]
    assert _speakers("Die Klage sei unbegründet, sagte Anwältin Eva Roth, die Sven P. verteidigt.",
                     "Eva Roth", "Sven P.") == ["Eva Roth"]


def test_an_apposition_ending_the_sentence_with_an_abbreviated_name_still_names_the_speaker() -> None:
    assert _speakers("Die Klage sei unbegründet, sagte ein Sprecher des Gerichts, Tom B.", "Tom B.") == ["Tom B."]
