"""Sentence splitting (flows.events.text), each rule on a short sentence written for this test."""
import pytest

from flows.events.text import sentences


@pytest.mark.parametrize("month", ["Mai", "Januar", "Jan.", "Apr.", "Jun.", "Jul.", "Sep.", "Sept."])
def test_a_day_before_a_month_ends_no_sentence(month):
    text = f"Das Gericht soll voraussichtlich am 6. {month} 2026 verhandeln. Bis dahin ruhen die Bauarbeiten."
    assert [s.text for s in sentences(text)] == [
        f"Das Gericht soll voraussichtlich am 6. {month} 2026 verhandeln.", "Bis dahin ruhen die Bauarbeiten."]
