"""Session 17 (thirty-second pass, I2): the finite verb in -e after a sentence's first constituent when that is an
opening adverbial (a prepositional phrase, adverbs), a subordinate clause, or a noun phrase with an apposition between
commas is read as Konjunktiv I (``_opening_adverbial_end``, ``_second_place_konjunktiv``), so the sentence after a
quote goes on reporting. Invented sentences."""
from __future__ import annotations

import pytest

from flows.quotes import extract_quotes
from flows.quotes.extract import _reported_mood, tokenize
from flows.records import Doc
from tests.test_quotes_bare_body_nouns import named

QUOTE = "„Wir sparen, wo wir können“, sagte Eva Roth am Montag. "


def _continuations(sentence: str) -> list[tuple[str, str | None]]:
    text = QUOTE + sentence
    quotes = extract_quotes(Doc("t", text), (named(text, "Eva Roth", "PER", "Eva Roth"),))
    return [(q.text, q.speaker_name) for q in quotes if q.start >= len(QUOTE)]


@pytest.mark.parametrize("sentence", [
    "Schon heute spare die Firma jedes Jahr viel Geld.",  # two adverbs
    "In Berlin dagegen verletze die Stadt keine Regel.",  # a prepositional phrase and an adverb
    "Wenn die Preise weiter stiegen, verletze die Firma keine Regel.",  # a subordinate clause
    "Die geplante Kürzung, ein Kompromiss aller Abteilungen, verletze keine Regel.",  # an apposition
])
def test_a_konjunktiv_after_an_opening_goes_on_reporting(sentence: str) -> None:
    assert _continuations(sentence) == [(sentence.rstrip("."), "Eva Roth")]


@pytest.mark.parametrize("sentence", [
    "Schon heute spart die Firma jedes Jahr viel Geld.",  # indicative
    "Zumindest können mithilfe eines Kredits alle bezahlt werden.",  # -e word after another verb: no adverb between
    "Wenn es regnet, bleibt die Halle zu.",
])
def test_an_indicative_after_an_opening_is_not_reported(sentence: str) -> None:
    assert _reported_mood(tokenize(sentence)) is None
