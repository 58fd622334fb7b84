"""Session 15, false messages: a source note that names no source (``nach ersten Informationen``, ``dem Vernehmen
nach``) or tells a will (``nach dem Willen der Regierung``) before an indicative clause is a report the devset
conventions do not count: type ``reported`` (SpkAtt's quote), none of ``conventional``. Invented sentences."""
from __future__ import annotations

from dataclasses import replace

import pytest

from flows.quotes import conventional, extract_quotes
from flows.quotes.extract import Attribution, _note_of_no_statement
from flows.quotes.text import tokenize
from flows.records import Doc


def _types(text: str) -> list[tuple[str, str]]:
    return [(q.type, q.text) for q in extract_quotes(Doc("t", text), (), reported=True)]


@pytest.mark.parametrize("text, clause", [
    ("Das Feuer brach am Abend aus. Verletzt wurde nach ersten Informationen niemand.",
     "Verletzt wurde nach ersten Informationen niemand"),
    ("Die Reform kommt. Der Minister will den Entwurf dem Vernehmen nach schon im Mai vorlegen.",
     "Der Minister will den Entwurf dem Vernehmen nach schon im Mai vorlegen"),
    ("Die Reform kommt. Beschlossen werden soll das Gesetz nach dem Willen der Regierung im Mai.",
     "Beschlossen werden soll das Gesetz nach dem Willen der Regierung im Mai"),
])
def test_a_note_of_no_statement_is_reported_not_a_quote(text: str, clause: str) -> None:
    assert ("reported", clause) in _types(text)
    assert conventional(extract_quotes(Doc("t", text), (), reported=True)) == []


@pytest.mark.parametrize("text", [
    "Das Feuer brach am Abend aus. Nach ersten Angaben der Polizei wurde niemand verletzt.",  # its source after it
    "Das Feuer brach am Abend aus. Verletzt worden seien nach ersten Informationen zwei Menschen.",  # reported mood
])
def test_a_note_with_a_source_or_in_reported_mood_stays_a_quote(text: str) -> None:
    assert any(t == "indirect" for t, _ in _types(text))


@pytest.mark.parametrize("cue, words", [
    ("nach diesen Angaben", "Insgesamt stellte die Polizei nach diesen Angaben vier Fälle fest."),  # named before
    ("nach israelischen Angaben", "Getötet wurden nach israelischen Angaben vier Kämpfer."),  # an origin adjective
])
def test_a_note_pointing_back_or_naming_an_origin_has_a_source(cue: str, words: str) -> None:
    toks = tokenize(words)
    attr = Attribution(None, cue, words.index(cue), (0, len(words) - 1), None, 0.7)
    assert _note_of_no_statement(toks, attr, True) is False
    plain = words.replace(cue, "nach ersten Angaben")
    assert _note_of_no_statement(tokenize(plain), replace(attr, cue="nach ersten Angaben",
                                                          cue_start=plain.index("nach ersten")), True) is True
