"""Event recall rules of the twelfth pass (issue 5), each on a short sentence written for this test."""
from datetime import date

import pytest

from flows.events import extract_events
from flows.records import Doc

THURSDAY = date(2026, 1, 8)


def found(text: str, published: date = THURSDAY) -> dict[str, tuple[str, str]]:
    return {e.trigger: (e.event_type, e.mode) for e in extract_events(Doc("t", text, published))}


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    # voting against without an object; an abstention beside a vote verb
    ("Die Grünen enthielten sich, CDU und FDP stimmten dagegen.", "stimmten", "REJECT"),
    ("Die Grünen enthielten sich, CDU und FDP stimmten dagegen.", "enthielten sich", "OTHER"),
    # setting on fire, ramming a vessel
    ("Die Rebellen haben in der Nacht zwei Lastwagen in Brand gesetzt.", "in Brand gesetzt", "ASSAULT"),
    ("Ein Schiff der Küstenwache rammte ein Fischerboot.", "rammte", "ASSAULT"),
    # reaffirmed backing or readiness
    ("Die Ministerin bekräftigte die Unterstützung für die Ukraine.", "bekräftigte", "SUPPORT"),
    # the green light
    ("Der Stadtrat gab am Montag grünes Licht für den Neubau.", "gab", "AGREE"),
])
def test_trigger_type(text: str, trigger: str, event_type: str) -> None:
    assert found(text)[trigger][0] == event_type


@pytest.mark.parametrize("text", [
    "Das Auto rammte einen Baum.",  # an accident, no attack
    "Die Kanzlerin bekräftigte, dass sie bleibe.",  # speech, no support
    "Der Minister bekräftigte diese Linie am Donnerstag.",  # no backing named
])
def test_no_event(text: str) -> None:
    assert not found(text)


def test_vote_breakdown_takes_the_day_of_the_vote() -> None:
    text = ("Der Ausschuss hat am Mittwoch das Paket gebilligt. Es ist das größte seit Jahren. Die Grünen "
            "enthielten sich, CDU und FDP stimmten dagegen.")
    events = {e.trigger: e for e in extract_events(Doc("t", text, THURSDAY))}
    assert events["stimmten"].date == date(2026, 1, 7)
    assert events["enthielten sich"].date == date(2026, 1, 7)


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    ("Die Marinen beider Länder wollen im Mai ein gemeinsames Manöver abhalten.", "Manöver", "COOPERATE"),
    ("Die Partei kündigte an, das Referendum gegen das Gesetz zu ergreifen.", "Referendum", "PROTEST"),
    ("Der Präsident versetzte die Armee in erhöhte Bereitschaft.", "versetzte", "MOBILIZE"),
    ("Die Fraktion will im Landtag einen Antrag auf Neuwahlen einbringen.", "Antrag", "REQUEST"),
])
def test_trigger_type_second_batch(text: str, trigger: str, event_type: str) -> None:
    assert found(text)[trigger][0] == event_type


def test_rules_for_motions_are_no_motion() -> None:
    assert not found("In Tirol kann jeder Klub einen Antrag einbringen.")


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    ("Der Bundesrat hat das Abkommen am Freitag gutgeheissen.", "gutgeheissen", "AGREE"),
    ("Die Opposition droht, die Regierung verweigere den Dialog.", "verweigere", "REJECT"),
    ("Der Verband will gegen das Gesetz klagen.", "klagen", "ACCUSE"),
    ("Die Stadt werde notfalls vor das Verwaltungsgericht ziehen.", "ziehen", "ACCUSE"),
    ("Der Bürgermeister prüft rechtliche Schritte gegen den Bescheid.", "Schritte", "ACCUSE"),
    ("Die Gewerkschaft werde den Kompromiss mittragen.", "mittragen", "SUPPORT"),
    ("Vermummte warfen Steine auf die Polizei.", "warfen", "ASSAULT"),
    ("Russland hat in der Nacht 80 Drohnen gestartet.", "gestartet", "ASSAULT"),
    ("Die Regierung erklärte den Botschafter zur unerwünschten Person.", "erklärte", "COERCE"),
])
def test_trigger_type_third_batch(text: str, trigger: str, event_type: str) -> None:
    assert found(text)[trigger][0] == event_type


@pytest.mark.parametrize("text", [
    "Wir sind bereit, auch Dinge mitzutragen.",  # no named decision
    "Die Anwohner klagen über Lärm.",  # a complaint, no lawsuit
    "Die Agentur hat am Morgen eine Rakete mit einem Satelliten gestartet.",  # a space launch
])
def test_no_event_third_batch(text: str) -> None:
    assert not found(text)


def test_court_and_verb_in_separate_clauses() -> None:
    # the trial is an event of its own, the verb of the next clause takes nobody to court
    assert "brachten" not in found("Sie müssen sich vor Gericht verantworten, weil sie die Papiere an die "
                                   "Öffentlichkeit brachten.")


def test_the_court_a_case_is_taken_to_is_no_participant() -> None:
    from flows.names import find_mentions

    doc = Doc("t", "Die SVP werde notfalls bis vor das Bundesgericht ziehen.", THURSDAY)
    event = next(e for e in extract_events(doc, list(find_mentions(doc))) if e.trigger == "ziehen")
    assert "Bundesgericht" not in [p.name for p in event.participants]
    assert "SVP" in [p.name for p in event.participants]


def test_a_vote_for_beside_a_vote_against_keeps_its_type() -> None:
    text = "Die Koalition stimmte für das Gesetz, die Linke stimmte dagegen."
    assert [e.event_type for e in extract_events(Doc("t", text, THURSDAY))] == ["OTHER", "REJECT"]


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    ("Die Gewerkschaft plant gemeinsame Aktionen mit dem Beamtenbund.", "Aktionen", "COOPERATE"),
    ("Beide Länder wollen gemeinsame Patrouillen an der Grenze einrichten.", "Patrouillen", "COOPERATE"),
    ("Am Morgen ist ein Hilfsflug mit Zelten in Beirut gelandet.", "gelandet", "AID"),
])
def test_trigger_type_joint_and_aid(text: str, trigger: str, event_type: str) -> None:
    assert found(text)[trigger][0] == event_type


def test_a_plane_landing_is_no_aid() -> None:
    assert not found("Das Flugzeug ist am Morgen in Beirut gelandet.")
