"""Session 15, twenty-eighth pass: a source note's noun phrase goes on to the name after its head noun, a linked
organisation right after it (a lower-case name stopped the phrase) or a ``für`` complement ending in a linked acronym
in brackets. Invented sentences."""
from __future__ import annotations

from flows.quotes import extract_quotes
from flows.records import Doc
from tests.test_quotes_bare_body_nouns import named


def _quotes(text: str, *bodies: tuple) -> list[tuple[str, str | None, str | None]]:
    mentions = tuple(sorted((named(text, *b) for b in bodies), key=lambda m: m.start))
    return [(q.text, q.speaker_text, q.speaker_name)
            for q in extract_quotes(Doc("t", text), mentions, reported=True)]


def test_a_lower_case_name_after_the_institute_is_the_source() -> None:
    text = "Der Streit dauert an. Laut einer Erhebung des Instituts demox.lab hätten viele Wähler keine Meinung."
    body = ("demox.lab", "ORG", "demox.lab")
    assert _quotes(text, body) == [("hätten viele Wähler keine Meinung", "demox.lab", "demox.lab")]


def test_a_fuer_complement_with_a_linked_acronym_is_the_source() -> None:
    text = ("Die Gespräche gingen weiter. Nach Angaben des Landesamts für ländliche Entwicklung (LAE) "
            "war die Ernte schlecht.")
    body = ("LAE", "ORG", "Landesamt für ländliche Entwicklung")
    assert _quotes(text, body) == [("war die Ernte schlecht", "LAE", "Landesamt für ländliche Entwicklung")]


def test_an_unlinked_name_or_acronym_leaves_the_phrase_as_it_was() -> None:
    text = ("Die Gespräche gingen weiter. Nach Angaben des Landesamts für ländliche Entwicklung (LAE) "
            "war die Ernte schlecht.")
    assert [q for q, _, _ in _quotes(text)] == ["für ländliche Entwicklung (LAE) war die Ernte schlecht"]


def test_a_linked_body_later_in_the_clause_is_not_the_source() -> None:
    # the verb comes right after the note: the organisation after it belongs to the clause
    text = "Der Streit dauert an. Laut Anna Berg hätten demox.lab und andere keine Zahlen."
    body = ("demox.lab", "ORG", "demox.lab")
    person = ("Anna Berg", "PER", "Anna Berg")
    assert _quotes(text, body, person) == [("hätten demox.lab und andere keine Zahlen", "Anna Berg", "Anna Berg")]
