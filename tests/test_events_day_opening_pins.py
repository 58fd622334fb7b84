"""Review E of session 17: pins of 76d80d6's DAY_HOLDER_OPENING_RE: a definite event noun opening a sentence with its
own day is no anaphoric re-mention (its day adds information), read with ``fullmatch`` from the sentence's start.
Invented sentences after a first sentence; tests.test_events publishes on Thursday 2026-01-08."""
from __future__ import annotations

import pytest

from tests.test_events_year_ahead_pins import _found


@pytest.mark.parametrize("text, trigger, day", [
    ("Die Demonstration am Samstag verlief friedlich.", "Demonstration", "2026-01-03"),
    ("Das Attentat am Montag erschütterte das Land.", "Attentat", "2026-01-05"),
    ("Dem Angriff am Montag fielen zwölf Menschen zum Opfer.", "Angriff", "2026-01-05"),
    ("Den Angriff am Montag verurteilte die UN scharf.", "Angriff", "2026-01-05"),
    ("Des Angriffs am Montag gedachten am Dienstag Tausende.", "Angriffs", "2026-01-05"),
    ("Der schwere Angriff am Montag traf ein Krankenhaus.", "Angriff", "2026-01-05"),
    ("„Der Angriff am Montag traf ein Krankenhaus“, sagte der Sprecher.", "Angriff", "2026-01-05"),
])
def test_a_definite_event_with_its_day_opening_a_sentence_is_annotated(text: str, trigger: str, day: str) -> None:
    """Each article of the opening, an adjective between, and a quotation mark before it."""
    found = _found(text)
    assert trigger in found and str(found[trigger].date) == day


def test_a_definite_object_with_a_day_after_the_sentences_opening_stays_a_re_mention() -> None:
    """fullmatch, not match: 'Der Minister ' at the sentence's start is no opening of the noun's own phrase."""
    found = _found("Der Minister verurteilte den Angriff am Montag scharf.")
    assert "Angriff" not in found and str(found["verurteilte"].date) == "2026-01-05"
