"""Issue 5, third round: releases from custody, conscription, tariffs, a vote as a point in time, fighting with
arms, a border closed after a long subject."""
import pytest

from tests.test_events import events


@pytest.mark.parametrize(("text", "trigger"), [
    ("Der Mann wurde anschließend aus der Abschiebungshaft entlassen.", "entlassen"),
    ("Zwei weitere Festgenommene kamen am Nachmittag wieder auf freien Fuß.", "kamen"),
    ("Fünf Verdächtige wurden bis zum Abend wieder auf freien Fuß gesetzt.", "gesetzt"),
])
def test_a_release_from_custody_is_a_retreat(text, trigger):
    assert ("RETREAT", trigger) in {(e.event_type, e.trigger) for e in events(text)}


def test_staff_let_go_stay_dismissed():
    assert {(e.event_type, e.trigger) for e in events("Der Konzern hat 300 Mitarbeiter entlassen.")} == {
        ("OTHER", "entlassen")}


@pytest.mark.parametrize(("text", "trigger"), [
    ("Ab 2027 werden alle jungen Männer wieder flächendeckend gemustert.", "gemustert"),
    ("Er hätte sich eine verpflichtende Musterung schon im kommenden Jahr gewünscht.", "Musterung"),
    ("Die Partei fordert eine sofortige Rückkehr zur Wehrpflicht.", "Rückkehr zur Wehrpflicht"),
])
def test_conscription_mobilizes(text, trigger):
    assert ("MOBILIZE", trigger) in {(e.event_type, e.trigger) for e in events(text)}


def test_the_institution_of_conscription_is_no_event():
    assert not events("Die Partei ist für die Beibehaltung der Wehrpflicht.")


@pytest.mark.parametrize(("text", "trigger"), [
    ("Trump hatte angekündigt, die Abgaben auf Fahrzeugteile aus Europa zu verdoppeln.", "verdoppeln"),
    ("Diese würden greifen, falls die USA die Abgaben tatsächlich erhöhten, sagte er.", "erhöhten"),
    ("Brüssel kündigte an, eine Liste mit Gegenzöllen auf US-Waren vorzubereiten.", "Gegenzöllen"),
])
def test_tariffs_raised_or_retaliated_are_sanctions(text, trigger):
    assert ("SANCTION", trigger) in {(e.event_type, e.trigger) for e in events(text)}


def test_a_spiral_of_tariffs_is_no_sanction():
    assert "Gegenzöllen" not in {e.trigger for e in events(
        "Wir dürfen uns nicht in eine Spirale aus Zöllen und Gegenzöllen ziehen lassen.")}


@pytest.mark.parametrize("text", [
    "Der Ministerpräsident sprach nach der Abstimmung von einem guten Tag für das Land.",
    "Parallel zur Abstimmung gingen bundesweit Zehntausende Schüler auf die Straße.",
])
def test_a_vote_named_as_a_point_in_time_is_no_event(text):
    assert "Abstimmung" not in {e.trigger for e in events(text)}


def test_a_vote_planned_stays_an_event():
    assert ("OTHER", "Abstimmung") in {(e.event_type, e.trigger) for e in events(
        "Die Abstimmung im Bundestag ist für Anfang Dezember geplant.")}


def test_armed_forces_fighting_assault():
    assert ("ASSAULT", "gekämpft") in {(e.event_type, e.trigger) for e in events(
        "Beide Länder hatten vier Tage lang mit Raketen und Drohnen gekämpft.")}


@pytest.mark.parametrize("text", [
    "Die Gewerkschaft kämpft für bessere Löhne.",
    "Die Außenseiter kämpfen gegen das Team mit den Waffen eines Underdogs.",
])
def test_fighting_without_arms_is_no_assault(text):
    assert "ASSAULT" not in {e.event_type for e in events(text)}


def test_a_border_closed_after_a_long_subject_coerces():
    assert ("COERCE", "schloss") in {(e.event_type, e.trigger) for e in events(
        "Zugleich schloss der Nachbarstaat Tschad vergangene Woche erneut seine Grenze für Flüchtlinge.")}
