"""Fifteenth pass, second round: month abbreviations inside a date, seats of government apart from the capital."""
import pytest

from flows.events.text import sentences
from tests.test_events import events, mention
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


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    ("In Soweto trieb die Polizei eine Menge mit Gummigeschossen auseinander.", "trieb", "COERCE"),
    ("Sicherheitskräfte hatten die Demonstranten mit Tränengas auseinandergetrieben.", "auseinandergetrieben",
     "COERCE"),
])
def test_a_crowd_driven_apart_is_dispersed(text, trigger, event_type):
    assert (event_type, trigger) in {(e.event_type, e.trigger) for e in events(text)}


def test_views_drifting_apart_are_no_dispersal():
    assert not any(e.event_type == "COERCE" for e in events("Die Meinungen in der Koalition treiben auseinander."))
