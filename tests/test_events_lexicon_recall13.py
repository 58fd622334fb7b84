"""Event recall rows of the thirteenth pass (issue 5), each on a short sentence written for this test."""
from datetime import date

import pytest

from flows.events import extract_events
from flows.records import Doc

THURSDAY = date(2026, 1, 8)


def found(text: str, published: date = THURSDAY) -> dict[str, str]:
    return {e.trigger: e.event_type for e in extract_events(Doc("t", text, published))}


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    # continuing a measure takes the measure's type
    ("Österreich werde die Kontrollen an der Grenze weiter fortsetzen.", "fortsetzen", "COERCE"),
    ("Die Grenzkontrollen würden fortgesetzt, sagte der Minister.", "fortgesetzt", "COERCE"),
    # backing with money is aid
    ("Das Land werde die Gemeinden bei den Kosten unterstützen.", "unterstützen", "AID"),
    ("Der Bund unterstützt die Stadt mit zwei Millionen Euro.", "unterstützt", "AID"),
    ("Die Partei unterstützt den Vorschlag des Kanzlers.", "unterstützt", "SUPPORT"),
    # attacking a government in words accuses it; attacking a base assaults it
    ("Der Oppositionschef griff am Montag die Regierung an.", "griff", "ACCUSE"),
    ("Rebellen griffen am Montag einen Stützpunkt der Armee an.", "griffen", "ASSAULT"),
    # the genitive of a visit
    ("Am Rande eines Besuchs in Vilnius sagte der Minister, man stehe zusammen.", "Besuchs", "CONSULT"),
    ("Bei schweren Attentaten in der Hauptstadt starben am Montag zwölf Menschen.", "Attentaten", "ASSAULT"),
    ("Die Zusammenfassung eines Telefonats zwischen den Präsidenten wurde veröffentlicht.", "Telefonats", "CONSULT"),
    # praise that came or was given
    ("Aus Brüssel kam am Montag Lob für die Einigung.", "Lob", "SUPPORT"),
    # urging or advising someone to act
    ("Zugleich mahnte der Senat die Politik, die Finanzierung langfristig zu sichern.", "mahnte", "REQUEST"),
    ("Der Verkehrsverbund empfahl Fahrgästen, auf Busse auszuweichen.", "empfahl", "REQUEST"),
    # limiting imports restricts trade
    ("Die Regierung will die Importe von Stahl aus China begrenzen.", "begrenzen", "SANCTION"),
    # military exercises
    ("Militärkreise erwarten, dass China mit eigenen Übungen reagieren wird.", "Übungen", "MOBILIZE"),
    # a ruling published
    ("Das Urteil wurde am Dienstag veröffentlicht.", "veröffentlicht", "OTHER"),
    # cancelling an event that is no meeting; turning someone down
    ("Die Veranstaltung wurde am Samstag abgesagt.", "abgesagt", "OTHER"),
    ("Der Trainer soll dem Verein bereits abgesagt haben.", "abgesagt", "REJECT"),
    # an announcement with its object after a subordinate clause stays one
    ("Während die Regierung jubelte, kündigte die Opposition Widerstand an.", "kündigte", "ANNOUNCE"),
])
def test_trigger_type(text: str, trigger: str, event_type: str) -> None:
    assert found(text).get(trigger) == event_type


@pytest.mark.parametrize("text", [
    "Die Saison wird am Dienstag fortgesetzt.",  # a season, no measure
    "Die Feuerwehr hielt am Samstag zwei Übungen ab.",  # drills, no forces
    "Microsoft hat am Montag eine neue Version von Windows veröffentlicht.",  # a software release
    "Die Studie wurde am Montag im Fachblatt Science veröffentlicht.",  # a study
    "Man werde den Kader nicht verkleinern, kündigte er an.",  # the words of a speaker, no announcement
    "Zudem mahnte Hofmann, wer zu hohe Belastungen aufbürde, verhindere Investitionen.",  # a warning in words
])
def test_no_event(text: str) -> None:
    assert not found(text)


def test_killing_in_an_attack_adjunct_is_the_attack() -> None:
    events = found("Bei einem Angriff auf eine Kaserne sind am Montag zwölf Soldaten getötet worden.")
    assert events == {"Angriff": "ASSAULT"}


def test_killing_told_after_the_attack_stays() -> None:
    events = found("Rebellen griffen am Montag eine Kaserne an. Dabei wurden zwölf Soldaten getötet.")
    assert events.get("getötet") == "ASSAULT"


@pytest.mark.parametrize("text", [
    "Der Präsident sprach von einem «grossartigen Sieg».",
    "Die Ministerin sprach am Abend von einem „feigen Angriff auf unsere Demokratie“.",
])
def test_a_quoted_characterisation_names_no_event(text: str) -> None:
    assert not {t for t, kind in found(text).items() if kind in {"OTHER", "ASSAULT"}}


def test_an_attack_told_beside_a_characterisation_stays() -> None:
    text = "Rebellen haben am Montag einen Angriff auf die Kaserne verübt. Der Minister sprach von „Terror“."
    assert found(text).get("Angriff") == "ASSAULT"


@pytest.mark.parametrize("text", [
    "Die Allianz werde »jeden Zentimeter« ihres Gebiets verteidigen.",  # territory, no verbal backing
    "Am Mittwoch verteidigt der Meister ein 2:1 aus dem Hinspiel.",  # a sports lead
    "Die Gäste haben gut verteidigt.",  # sport
])
def test_defending_no_backing(text: str) -> None:
    assert "SUPPORT" not in found(text).values()


def test_defending_a_policy_backs_it() -> None:
    assert found("Die Ministerin verteidigte den Kurs der Regierung.").get("verteidigte") == "SUPPORT"


def test_a_meeting_in_the_adjunct_of_a_meeting_verb_is_one_event() -> None:
    events = list(extract_events(Doc("t", "Die Minister wollen am Dienstag in einer Videokonferenz beraten.", THURSDAY)))
    assert [(e.event_type, e.trigger) for e in events] == [("CONSULT", "Videokonferenz beraten")]


def test_dealing_with_a_matter_in_a_meeting_consults() -> None:
    text = "Die Landesregierung will sich am Montag in einer Sondersitzung mit dem Thema befassen."
    assert [(e.event_type, e.trigger) for e in extract_events(Doc("t", text, THURSDAY))] == [
        ("CONSULT", "Sondersitzung mit dem Thema befassen")]
    assert not found("Der Bundesrat soll sich am Freitag mit dem Paket befassen.")


def test_a_deadline_event_is_no_event() -> None:
    text = "Die Kommission will bis zum nächsten Gipfel Vorschläge vorlegen."
    assert "Gipfel" not in found(text)
