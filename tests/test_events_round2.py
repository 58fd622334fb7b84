"""Fifteenth pass, second round: month abbreviations inside a date, seats of government apart from the capital."""
import pytest

from flows.events.text import sentences
from tests.test_events import mention
from tests.test_events_participants import roles


@pytest.mark.parametrize("month", ["Mai", "Januar", "Jan.", "Apr.", "Jun.", "Jul.", "Sep.", "Sept."])
def test_a_day_before_a_month_ends_no_sentence(month):
    text = f"Das Gericht soll voraussichtlich am 6. {month} 2026 verhandeln. Bis dahin ruhen die Bauarbeiten."
    assert [s.text for s in sentences(text)] == [
        f"Das Gericht soll voraussichtlich am 6. {month} 2026 verhandeln.", "Bis dahin ruhen die Bauarbeiten."]


def test_a_seat_of_government_apart_from_the_capital_is_its_country():
    text = "Die Regierung in Port Sudan wirft den Emiraten vor, die Miliz zu beliefern."
    ms = [mention(text, "Port Sudan", "Port Sudan"), mention(text, "Emiraten", "Vereinigte Arabische Emirate")]
    assert roles(text, "wirft", ms)[0] == {"Sudan"}
