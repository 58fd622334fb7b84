"""A noun in an "Ohne" phrase opening its sentence is the condition of what follows
(flows.events.mode.WITHOUT_CONDITION_RE), and a visitor "erwartet" with any passive auxiliary, reported "werde" or
the verb-final "wird" of a relative clause (the erwartet row of flows/events/data/triggers.csv). Invented
sentences."""
from __future__ import annotations

import pytest

from tests.test_events import events


def triggers(text: str) -> dict[str, str]:
    return {e.trigger: e.mode for e in events(text)}


@pytest.mark.parametrize("text, noun", [
    ("Ohne eine rasche Waffenruhe drohe der Region ein langer Winter, sagte die Ministerin.", "Waffenruhe"),
    ("Ohne neue Verhandlungen werde der Streit nicht enden, warnte der Verband.", "Verhandlungen"),
    ("Der Bürgermeister war deutlich: Ohne eine Einigung mit dem Land gebe es keine neue Brücke.", "Einigung"),
])
def test_a_noun_in_an_opening_ohne_phrase_is_a_condition(text: str, noun: str) -> None:
    assert triggers(text)[noun] == "hypothetical"


def test_the_noun_after_the_ohne_phrase_keeps_its_own_mode() -> None:
    modes = triggers("Ohne Vorbedingungen begannen am Montag in Genf Gespräche zwischen beiden Seiten.")
    assert modes["Gespräche"] == "realized"


@pytest.mark.parametrize("text", [
    "Der Sonderbeauftragte werde am Freitag in Wien erwartet, sagte ein Sprecher.",
    "Die Außenministerin, die am Freitag in Wien erwartet wird, rief zur Ruhe auf.",
])
def test_a_visitor_expected_somewhere_is_a_consultation(text: str) -> None:
    assert "erwartet" in triggers(text)


def test_a_ruling_expected_is_no_visit() -> None:
    assert "erwartet" not in triggers("Das Urteil werde im Mai in Karlsruhe erwartet, sagte der Anwalt.")
