"""Issue 5, third round: releases from custody and conscription."""
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
