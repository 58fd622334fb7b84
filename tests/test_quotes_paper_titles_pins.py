"""Review 17 Q: pins for e0c4ad7's :data:`flows.quotes.extract.FEMININE_PAPER_TITLES` (a short feminine paper title
after ``der`` is the paper spoken to, a dative: ``_past_dative`` after the cue, ``_is_object_np`` opening the
sentence). Each test fails when one title, or the check of every word of the phrase (``der Frankfurter Rundschau``:
the title is not the phrase's first capitalised word), is taken out. Invented sentences only."""
from __future__ import annotations

import pytest

from flows.quotes import extract_quotes
from flows.records import Doc


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_text for q in extract_quotes(Doc("t", text), ())]


@pytest.mark.parametrize("paper", ["Bild", "Presse", "Post", "Rundschau", "Taz", "TAZ", "FAZ", "NZZ", "WAZ"])
def test_a_paper_title_after_the_cue_is_spoken_to(paper: str) -> None:
    assert _speakers(f"„Die Lage ist ernst“, sagte der {paper} ein Sprecher.") == ["ein Sprecher"]


@pytest.mark.parametrize("paper", ["Frankfurter Rundschau", "Rheinischen Post"])
def test_a_title_after_its_adjective_is_still_spoken_to(paper: str) -> None:
    assert _speakers(f"„Die Lage ist ernst“, sagte der {paper} eine Sprecherin.") == ["eine Sprecherin"]


@pytest.mark.parametrize("paper", ["Bild", "Post", "Rundschau", "FAZ", "NZZ", "WAZ"])
def test_a_paper_title_opening_the_sentence_is_spoken_to(paper: str) -> None:
    assert _speakers(f"Der {paper} sagte ein Sprecher, man erwarte hohe Verluste.") == ["ein Sprecher"]


def test_the_press_opening_the_sentence_is_spoken_to() -> None:
    assert _speakers("Der Presse sagte die Ministerin am Montag, man erwarte hohe Verluste.") == ["die Ministerin"]


@pytest.mark.parametrize("text, speaker", [
    # the title's word as a common noun in the quote, or in a genitive before a time: the subject still speaks
    ("„Die Zeit drängt“, sagte der Minister.", "der Minister"),
    ("„Die Welt schaut auf uns“, sagte die Ministerin.", "die Ministerin"),
    ("„Die Lage ist ernst“, schrieb der Kolumnist der Zeit eine Woche später.", "der Kolumnist der Zeit"),
])
def test_a_title_word_that_is_no_dative_leaves_the_subject_the_speaker(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
