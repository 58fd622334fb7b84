"""Session 17 (thirty-second pass): three known wrong speaker outputs of the quotes stage. Invented sentences.

1. A relative ``der`` followed by ``der`` + a masculine noun and the clause's object (``…, der der Stadtrat
   Untätigkeit vorwarf: „…“``): the noun phrase's head is its first capitalised word, not the object after it whose
   -keit made ``der Stadtrat`` a dative, so the clause's subject speaks, not the antecedent (``_oblique_der``).
2. A short feminine paper title (``der Zeit``, ``der Welt``: :data:`FEMININE_PAPER_TITLES`) after a cue or opening
   the sentence is the paper spoken to, not the speaker (``_past_dative``, ``_is_object_np``).
3. A relative clause after the speaker whose object is a name with an initial (``…, der Torsten K. vertritt, …``):
   already right since 0bc1390 (review 16 fix 3); pinned here with the clause going on after its comma.
"""
from __future__ import annotations

import pytest

from flows.quotes import extract_quotes
from flows.records import Doc
from tests.test_quotes_bare_body_nouns import named


def _quotes(text: str, *people: str) -> list[tuple[str | None, str | None]]:
    mentions = tuple(sorted((named(text, p, "PER", p) for p in people), key=lambda m: m.start))
    return [(q.speaker_text, q.speaker_name) for q in extract_quotes(Doc("t", text), mentions)]


@pytest.mark.parametrize("people", [("Eva Roth",), ()])
def test_a_relative_clause_with_its_own_subject_after_der_der(people: tuple[str, ...]) -> None:
    speakers = _quotes("Der Vorwurf galt Eva Roth, der der Stadtrat Untätigkeit vorwarf: „Sie hat nichts getan.“",
                       *people)
    assert len(speakers) == 1 and speakers[0][0].startswith("der Stadtrat") and speakers[0][1] != "Eva Roth"


def test_a_feminine_dative_before_der_der_still_leaves_the_pronoun_the_subject() -> None:
    assert _quotes("Kritik kam von Eva Roth, die der Stadt Untätigkeit vorwarf: „Sie hat nichts getan.“",
                   "Eva Roth") == [("die", "Eva Roth")]


@pytest.mark.parametrize("paper", ["Zeit", "Welt"])
def test_a_paper_title_after_the_cue_is_spoken_to(paper: str) -> None:
    assert _quotes(f"„Wir haben nichts zu verbergen“, sagte der {paper} die Ministerin.") \
        == [("die Ministerin", None)]


def test_a_paper_title_opening_the_sentence_is_spoken_to() -> None:
    text = "Eva Roth ist Ministerin. Der Welt sagte Roth, man habe nichts zu verbergen."
    mentions = (named(text, "Eva Roth", "PER", "Eva Roth"), named(text, "Roth", "PER", "Eva Roth", 1))
    assert [(q.speaker_text, q.speaker_name) for q in extract_quotes(Doc("t", text), mentions)] \
        == [("Roth", "Eva Roth")]


def test_a_paper_title_after_a_pronoun_leaves_the_pronoun_the_speaker() -> None:
    assert _quotes("Eva Roth ist Ministerin. „Wir haben nichts zu verbergen“, sagte sie der Zeit.", "Eva Roth") \
        == [("sie", "Eva Roth")]


def test_a_masculine_subject_after_der_is_still_the_speaker() -> None:
    assert _quotes("„Wir haben nichts zu verbergen“, sagte der Minister.") == [("der Minister", None)]


@pytest.mark.parametrize("tail", [".", ", am Montag."])
def test_a_client_with_an_initial_in_a_relative_clause_is_not_the_speaker(tail: str) -> None:
    text = f"„Die Klage ist unbegründet“, sagte Rechtsanwalt Markus Thiele, der Torsten K. vertritt{tail}"
    assert _quotes(text, "Markus Thiele", "Torsten K.") == [("Markus Thiele", "Markus Thiele")]
