"""The guards of the ``FAMILY_PARTICLES`` step of ``_person_pattern`` (session 15): the particle opens the family
name only when a capitalised word follows it, each one space apart. Sentences invented for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import mention_triples


def _person_spans(text: str) -> list[str]:
    return [span for span, _, kind in mention_triples(text, date(2025, 10, 1)) if kind == "PER"]


def test_a_lower_case_word_after_the_particle_opens_no_family_name():
    assert "Mohammed bin Salem" in _person_spans("Der Minister Mohammed bin Salem Al erklärte seinen Rücktritt.")


@pytest.mark.parametrize("text", [
    "Der Minister Mohammed bin Salem  Al Thani reiste nach Kairo.",
    "Der Minister Mohammed bin Salem Al  Thani reiste nach Kairo.",
])
def test_the_particle_and_the_family_name_must_follow_one_space_apart(text: str) -> None:
    spans = _person_spans(text)
    assert "Mohammed bin Salem" in spans
    assert not any(span.startswith("Mohammed") and "Thani" in span for span in spans)


def test_another_family_name_after_the_particle():
    assert "Mohammed bin Salem Al Nahyan" in _person_spans("Der Minister Mohammed bin Salem Al Nahyan reiste ab.")
