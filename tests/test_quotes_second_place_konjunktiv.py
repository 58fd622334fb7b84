"""Session 16: a cue-less sentence in Konjunktiv I after a quote continues it, also when the mood guess could not
read its verb: the verb in second place, right after the first constituent, before a determiner, quantifier or
adverb that looks like an adjective (``_second_place_konjunktiv``), ``Das`` alone as its subject, or a Konjunktiv I
form of a verb stem in -t (``KONJUNKTIV_I``). Invented sentences."""
from __future__ import annotations

import pytest

from flows.quotes import extract_quotes
from flows.quotes.extract import _reported_mood
from flows.quotes.text import tokenize
from flows.records import Doc
from tests.test_quotes_bare_body_nouns import named
from tests.test_quotes_own_clause import LEADER


def _quotes(text: str, *people: tuple) -> list[tuple[str, str | None]]:
    mentions = tuple(sorted((named(text, *p) for p in people), key=lambda m: m.start))
    return [(q.text, q.speaker_name) for q in extract_quotes(Doc("t", text), mentions)]


@pytest.mark.parametrize("second", [
    "Ihr Land strebe keinen Austritt aus dem Bündnis an.",  # before "keinen": no adjective
    "Die Stadt verliere jedes Jahr Hunderte Lehrkräfte an das Umland.",  # before "jedes"
    "Sie kontrolliere große Teile der Verwaltung nur noch auf dem Papier.",  # after a pronoun
    "Hamburg prüfe zudem Klagen gegen den Bund.",  # "zudem" looked like an adjective
    "Das gelinge nur mit mehr Personal in den Ämtern.",  # "Das" alone is the subject
    "Die Kommune leiste damit bereits mehr als verlangt.",  # a stem in -t
    "Ein Zug mit Hilfsgütern warte seit Tagen an der Grenze.",
    "Die Stadt verpflichte sich im Gegenzug zu neuen Wohnungen.",
])
def test_a_konjunktiv_sentence_after_a_quote_continues_it(second: str) -> None:
    text = f"„Wir haben alles versucht“, sagte Anna Berg am Montag. {second}"
    assert (second[:-1], "Anna Berg") in _quotes(text, LEADER)


@pytest.mark.parametrize("sentence", [
    "Für neue Schulen fehlt der Stadt das Geld.",  # a preposition opens the sentence
    "Manche große Firmen zahlen keine Steuern.",  # a quantifier before an adjective and noun
    "Die diesjährige am kommenden Samstag ist die zehnte Messe.",  # an adjective used as a noun
    "Das bessere in diesem Jahr ist das Wetter.",  # the same after "Das", before a preposition
    "Tatsächlich fühle ich mich dort wohl.",  # the first person
    "Es ist der achte Versuch der Stadt.",  # an ordinal, no verb of a stem in -t
])
def test_no_konjunktiv_read_where_no_verb_stands_in_second_place(sentence: str) -> None:
    assert _reported_mood(tokenize(sentence)) is None


def test_a_narrated_sentence_after_a_quote_stays_narration() -> None:
    text = "„Wir haben alles versucht“, sagte Anna Berg am Montag. Die neue Regel gilt ab Mai."
    assert [q for q, _ in _quotes(text, LEADER)] == ["Wir haben alles versucht"]
