"""Review 16 fixes in the quotes rules. Invented sentences.

1. A feminine dative right after a cue verb (``…, sagte der Zeitung die Kanzlerin``) is the addressee, not the
   speaker: the noun phrase after it is (``_past_dative``, and the ranker does not overrule it:
   ``_subject_past_dative``), with or without an adverb before it (6fc7973's ``_subject_after_cue``).
"""
from __future__ import annotations

import pytest

from flows.quotes import extract_quotes
from flows.records import Doc
from tests.test_quotes_bare_body_nouns import named


def _quotes(text: str, *people: tuple[str, str, str]) -> list[tuple[str, str | None, str | None]]:
    mentions = tuple(sorted((named(text, *p) for p in people), key=lambda m: m.start))
    return [(q.text, q.speaker_text, q.speaker_name) for q in extract_quotes(Doc("t", text), mentions)]


@pytest.mark.parametrize("after_verb, speaker", [
    ("dagegen der Zeitung die Kanzlerin", "die Kanzlerin"),
    ("der Zeitung die Kanzlerin", "die Kanzlerin"),
    ("dagegen der Nachrichtenagentur Reuters ein Sprecher", "ein Sprecher"),
    ("der Nachrichtenagentur Reuters ein Sprecher", "ein Sprecher"),
    ("zudem der Wochenzeitung eine Sprecherin des Ministeriums", "eine Sprecherin des Ministeriums"),
])
def test_a_dative_after_the_cue_is_not_the_speaker(after_verb: str, speaker: str) -> None:
    assert _quotes(f"Die Lage sei ernst, sagte {after_verb}.") == [("Die Lage sei ernst", speaker, None)]


def test_a_subject_with_a_genitive_or_a_time_after_it_stays_the_speaker() -> None:
    assert _quotes("Die Lage sei ernst, sagte der Sprecher der Stadt.") \
        == [("Die Lage sei ernst", "der Sprecher der Stadt", None)]
    assert _quotes("Die Lage sei ernst, sagte der Bürgermeister eine Woche später.") \
        == [("Die Lage sei ernst", "der Bürgermeister", None)]


def test_a_masculine_subject_before_an_object_stays_the_speaker() -> None:
    # "der Senat": masculine, so nominative; "die Stadt" is the object
    assert _quotes("Die Lage sei ernst, mahnte der Senat die Stadt.") == [("Die Lage sei ernst", "der Senat", None)]
