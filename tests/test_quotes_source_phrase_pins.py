"""Review 18 (quotes): pins of 079cbf2's source phrase before a subjectless cue (``Aus dem Ministerium verlautete,
…``): the aus/von phrase is the source only when it fills the whole field before the cue. Invented sentences; the test
fails when the ``_np_end(…) == i`` condition is removed."""

import pytest

from flows.quotes.extract import extract_quotes
from flows.records import Doc


def speakers(text: str) -> list[str | None]:
    return [q.speaker_text for q in extract_quotes(Doc("t", text), (), reported=True) if q.type != "reported"]


@pytest.mark.parametrize("text, adverbial", [
    ("Aus gutem Grund erklärte man, die Gespräche seien gescheitert.", "gutem Grund"),
    ("Aus Angst vor Strafe erklärte man, die Gespräche seien gescheitert.", "Angst vor Strafe"),
    ("Aus Berlin zurück erklärte man, die Gespräche seien gescheitert.", "Berlin zurück"),
])
def test_an_aus_phrase_that_does_not_fill_the_field_is_no_source(text, adverbial):
    assert adverbial not in speakers(text)


def test_the_source_phrase_filling_the_field_is_the_source():
    assert speakers("Aus dem Ministerium verlautete gestern Abend, die Gespräche seien gescheitert.") \
        == ["dem Ministerium"]
