"""Each verb of ``COPULA_BEFORE_RE`` and each particle of ``STANCE_END_AFTER_RE`` (session 15, ``_stance_phrase``):
quoted words after ``als`` that end the sentence are the subject's stance (``lehnte den Plan als „…“ ab``), but not
after a verb that classes the subject (``galt als „…“``, ``versteht sich als „…“``). Invented sentences."""
from __future__ import annotations

import pytest

from flows.quotes.extract import _stance_phrase, _word_before
from flows.records import Quote


def _stance(text: str, words: str) -> bool:
    start = text.index(words)
    q = Quote("x", start, start + len(words), words, "partial", speaker_entity_id="e:Anna Berg")
    return _stance_phrase(text, q, _word_before(text, start - 1), start + len(words) + 1)


@pytest.mark.parametrize("text", [
    "Anna Berg gilt in ihrer Partei als „Frau für schwierige Fälle“.",
    "Anna Berg galt in ihrer Partei als „Frau für schwierige Fälle“.",
    "Die beiden Ministerinnen gelten in der Partei als „Frauen für schwierige Fälle“.",
    "Die beiden Ministerinnen galten in der Partei als „Frauen für schwierige Fälle“.",
    "Anna Berg sieht sich selbst als „Frau für schwierige Fälle“.",
    "Anna Berg sah sich selbst als „Frau für schwierige Fälle“.",
    "Anna Berg versteht sich selbst als „Frau für schwierige Fälle“.",
    "Anna Berg verstand sich selbst als „Frau für schwierige Fälle“.",
])
def test_a_copula_before_als_makes_no_stance(text: str) -> None:
    words = text[text.index("„") + 1:text.index("“")]
    assert _stance(text, words) is False


@pytest.mark.parametrize("text", [
    "Anna Berg lehnte den Plan als „Angriff auf die Mieter“ ab.",
    "Anna Berg wies den Plan als „Angriff auf die Mieter“ zurück.",
    "Anna Berg verurteilte den Plan als „Angriff auf die Mieter“!",
])
def test_a_stance_verb_particle_may_end_the_sentence(text: str) -> None:
    words = text[text.index("„") + 1:text.index("“")]
    assert _stance(text, words) is True


@pytest.mark.parametrize("text", [
    "Anna Berg lobte den „Neustart im Herbst“.",
    "Anna Berg las in der Zeitung „Morgenpost am Sonntag“.",
])
def test_quoted_words_after_neither_als_nor_von_einem_are_no_stance(text: str) -> None:
    words = text[text.index("„") + 1:text.index("“")]
    assert _stance(text, words) is False
