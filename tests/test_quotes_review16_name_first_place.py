"""Review 16 fix of 419aa94's ``_second_place_konjunktiv``: a name of several words opening a sentence is its first
constituent, so the lower-case -e form after it is the finite verb, Konjunktiv I (``Jan Kurz prüfe zudem Klagen.``
was not read as one, so it continued no quote). Invented sentences."""
from __future__ import annotations

import pytest

from flows.quotes import extract_quotes
from flows.quotes.extract import _second_place_konjunktiv
from flows.quotes.text import tokenize
from flows.records import Doc
from tests.test_quotes_bare_body_nouns import named


@pytest.mark.parametrize("sentence", ["Jan Kurz prüfe zudem Klagen.", "Anna Maria Berg verliere jedes Jahr Geld."])
def test_a_verb_after_a_name_of_several_words_is_konjunktiv_i(sentence: str) -> None:
    assert _second_place_konjunktiv(tokenize(sentence)) == "k1"


def test_a_name_before_a_past_verb_or_an_adjective_is_none() -> None:
    assert [_second_place_konjunktiv(tokenize(s)) for s in ("Jan Kurz hatte Klagen.", "Jan Kurz große Pläne.")] \
        == [None, None]


def test_the_sentence_continues_the_quote_before_it() -> None:
    text = "„Wir prüfen alles“, sagte Anna Berg. Jan Kurz prüfe zudem Klagen gegen die Stadt."
    mentions = (named(text, "Anna Berg", "PER", "Anna Berg"), named(text, "Jan Kurz", "PER", "Jan Kurz"))
    assert [(q.text, q.speaker_name) for q in extract_quotes(Doc("t", text), mentions)] \
        == [("Wir prüfen alles", "Anna Berg"), ("Jan Kurz prüfe zudem Klagen gegen die Stadt", "Anna Berg")]
