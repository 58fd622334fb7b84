"""Fifteenth pass, second round: month abbreviations inside a date, seats of government apart from the capital,
dispersals, expulsions and detentions, court hearings."""
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


@pytest.mark.parametrize(("text", "trigger"), [
    ("In Soweto trieb die Polizei eine Menge mit Gummigeschossen auseinander.", "trieb"),
    ("Sicherheitskräfte hatten die Demonstranten mit Tränengas auseinandergetrieben.", "auseinandergetrieben"),
])
def test_a_crowd_driven_apart_is_dispersed(text, trigger):
    assert ("COERCE", trigger) in {(e.event_type, e.trigger) for e in events(text)}


def test_views_drifting_apart_are_no_dispersal():
    assert not any(e.event_type == "COERCE" for e in events("Die Meinungen in der Koalition treiben auseinander."))


@pytest.mark.parametrize(("text", "trigger"), [
    ("Bereits im August hatte die Regierung zwei ausländische Journalisten des Landes verwiesen.",
     "des Landes verwiesen"),
    ("Die Küstenwache soll am Dienstag ein taiwanesisches Fischerboot festgesetzt haben.", "festgesetzt"),
    ("Die Polizei setzte den Mann am Flughafen fest.", "setzte"),
])
def test_sent_out_of_the_country_or_held_is_coerced(text, trigger):
    assert ("COERCE", trigger) in {(e.event_type, e.trigger) for e in events(text)}


def test_a_date_fixed_is_no_detention():
    assert not any(e.event_type == "COERCE" for e in events("Der Rat hat den Termin für die Wahl festgesetzt."))


@pytest.mark.parametrize(("text", "event_type"), [
    ("Das Verwaltungsgericht München soll über die Klage voraussichtlich am 6. Mai verhandeln.", "OTHER"),
    ("Das Bundesverfassungsgericht hat am Dienstag über die Klage Bayerns verhandelt.", "OTHER"),
    ("Die Gewerkschaft hat monatelang mit dem Vorstand verhandelt.", "CONSULT"),
])
def test_a_court_hearing_is_no_talks(text, event_type):
    assert {e.event_type for e in events(text) if e.trigger.startswith("verhandel")} == {event_type}


def test_a_state_leaving_an_alliance():
    assert ("OTHER", "ausgetreten") in {(e.event_type, e.trigger)
                                        for e in events("Mali war im Januar aus dem Staatenbund ausgetreten.")}
    assert not events("Ein Schüler sei aus dem Komitee ausgetreten.")
