"""Event recall rows and date rules of the fourteenth pass (issue 5), each on a short sentence written for this test."""
from datetime import date

import pytest

from flows.events import extract_events
from flows.records import Doc
from tests.test_events_lexicon_recall13 import THURSDAY, found


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    # patrol boats delivered are military aid
    ("Japan kündigte an, der Küstenwache fünf weitere Patrouillenboote zu liefern.", "liefern", "AID"),
    # supplying a country with energy or weapons is aid
    ("Norwegen werde Europa weiter zuverlässig mit Gas versorgen.", "versorgen", "AID"),
    # troops leaving a country withdraw
    ("Die letzten französischen Soldaten hatten das Land im Sommer verlassen.", "verlassen", "RETREAT"),
    # submitting an offer presents it
    ("Der Konzern habe ein Angebot mit drei Prozent mehr Lohn unterbreitet, sagte eine Sprecherin.", "unterbreitet",
     "ANNOUNCE"),
    # named votes and forms of protest
    ("Eine Urabstimmung hatte die Gewerkschaft bereits vorbereitet.", "Urabstimmung", "OTHER"),
    ("Der Bauernverband plant für Ende Januar eine Sternfahrt nach Berlin.", "Sternfahrt", "PROTEST"),
    ("Die Häftlinge traten in einen Hungerstreik.", "Hungerstreik", "PROTEST"),
    # a numbered sanctions package after a possessive is a new one
    ("Die EU bereitet unterdessen ihr 20. Sanktionspaket vor.", "ihr 20. Sanktionspaket", "SANCTION"),
])
def test_recall_rows(text, trigger, event_type):
    assert found(text).get(trigger) == event_type


@pytest.mark.parametrize(("text", "trigger"), [
    ("Die Verletzten wurden im Krankenhaus medizinisch versorgt.", "versorgt"),  # care, no aid
    ("Die Soldaten können sich auf ihre Ausrüstung verlassen.", "verlassen"),  # relying on something
    ("Die Werft will im Frühjahr zwei Fähren liefern.", "liefern"),  # a business delivery
    ("Auf dem Balkon leuchtet eine Lichterkette.", "Lichterkette"),  # Christmas lights
    # the package as the complement of a noun is left to that noun
    ("Ungarn kündigte Widerstand gegen ihr 20. Sanktionspaket an.", "ihr 20. Sanktionspaket"),
])
def test_no_event(text, trigger):
    assert trigger not in found(text)


def modes(text: str) -> dict[str, str]:
    return {e.trigger: e.mode for e in extract_events(Doc("t", text, THURSDAY))}


def test_readiness_as_a_noun_leaves_a_finite_verb_realized():
    assert modes("Macron und Starmer bekräftigten ihre Bereitschaft, eine Friedenstruppe zu stellen.")[
        "bekräftigten"] == "realized"
    assert modes("Er lobte die Abgeordneten für ihre Bereitschaft zum Kompromiss.")["lobte"] == "realized"
    # what the readiness is for stays possible
    assert modes("Iran signalisierte Bereitschaft zu neuen Gesprächen.")["Gesprächen"] == "hypothetical"


def test_what_is_being_prepared_is_planned():
    assert modes("Die EU bereitet unterdessen ihr 20. Sanktionspaket vor.")["ihr 20. Sanktionspaket"] == "intended"
    assert modes("Man sei zu Gesprächen bereit, bereite aber auch Gegenmaßnahmen vor.")["Gegenmaßnahmen"] == "intended"
    # the setting of the preparation took place
    assert modes("Die Einigung war in einer Videokonferenz vorbereitet worden.")["Videokonferenz"] == "realized"


def test_a_call_to_a_strike_mobilises_and_the_strike_is_planned():
    events = {e.trigger: e for e in extract_events(Doc("t", "Die Gewerkschaft rief für Dienstag zu einer Kundgebung "
                                                           "vor dem Rathaus auf.", THURSDAY))}
    assert (events["rief"].event_type, events["rief"].date) == ("MOBILIZE", None)  # the day is the rally's
    assert (events["Kundgebung"].event_type, events["Kundgebung"].mode) == ("PROTEST", "intended")
    assert found("Verdi hat die Beschäftigten zu einem ganztägigen Warnstreik aufgerufen.")["aufgerufen"] == "MOBILIZE"
    # calling for anything else is a request
    assert found("Die EU rief Russland zur Freilassung der Gefangenen auf.")["rief"] == "REQUEST"



def test_only_a_past_day_after_a_noun_makes_an_announced_noun_over():
    # the day before the noun belongs to another phrase ("für die Sitzung am Donnerstag"), it is no attribute
    events = {e.trigger: e for e in extract_events(Doc("t", "Die Freiheitlichen kündigten für die Sitzung am "
                                                           "Donnerstag einen Misstrauensantrag an.", date(2026, 1, 9)))}
    assert events["Misstrauensantrag"].mode == "intended"


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    # a separable verb's particle after a list of names or an inserted zu-infinitive (tune6)
    ("Burhan lehnte einen von den USA, Saudi-Arabien, Ägypten und den Emiraten vorgeschlagenen Waffenstillstand "
     "erneut ab.", "lehnte", "REJECT"),
    ("Die Regierung weist den Vorwurf, die Miliz mit Waffen zu beliefern, seit Monaten zurück.", "weist", "REJECT"),
])
def test_particle_across_inserted_commas(text, trigger, event_type):
    assert found(text).get(trigger) == event_type


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    # tune6 and tune7 families
    ("Man werde Beschwerde beim Oberverwaltungsgericht einlegen, kündigte sie an.", "Beschwerde", "ACCUSE"),
    ("Die Miliz solle die Waffen bis Ende März niederlegen.", "niederlegen", "RETREAT"),
    ("Deutschland stockt seine humanitäre Hilfe um 30 Millionen Euro auf.", "stockt", "AID"),
    ("Besonders schwer getroffen wurde die Kleinstadt im Nordwesten.", "getroffen", "ASSAULT"),
    ("Die Polizei ist erneut mit Gewalt gegen Demonstranten vorgegangen.", "vorgegangen", "ASSAULT"),
    ("Die Armee verlegte Verstärkung in die Region.", "verlegte", "MOBILIZE"),
    ("Nach der Einnahme von Al-Faschir durch die Miliz flohen Tausende.", "Einnahme", "ASSAULT"),
    ("Der Landrat sprach bei einer Einwohnerversammlung in der Turnhalle.", "Einwohnerversammlung", "CONSULT"),
    ("Die AfD will einen Bürgerentscheid über die Unterkunft beantragen.", "Bürgerentscheid", "OTHER"),
    ("Abu Dhabi bestreitet, die Miliz mit Waffen zu beliefern.", "beliefern", "AID"),
    ("In Leipzig versammelten sich Menschen zu Mahnwachen für die Ukraine.", "Mahnwachen", "PROTEST"),
    ("Die Hamas habe die Leichen aller Geiseln übergeben.", "übergeben", "RETREAT"),
    ("Deutschland werde der Ukraine zwei zusätzliche Iris-T-Systeme übergeben.", "übergeben", "AID"),
    ("Die USA würden ihre Truppen in Europa reduzieren.", "reduzieren", "RETREAT"),
    ("Die Blauhelme sollen bis Ende 2026 abgezogen werden.", "abgezogen", "RETREAT"),
    ("Österreich drohe ein längeres EU-Defizitverfahren.", "Defizitverfahren", "SANCTION"),
    ("Man werde reagieren, falls die Miliz Raketen auf den Norden abfeuere.", "abfeuere", "ASSAULT"),
    ("Die SVP ergreife das Referendum, falls das Parlament die Vorlage gutheisse.", "gutheisse", "AGREE"),
    ("Der Bundesrat hiess das Vertragspaket am Freitag gut.", "hiess", "AGREE"),
])
def test_recall_rows_tune6_tune7(text, trigger, event_type):
    assert found(text).get(trigger) == event_type


@pytest.mark.parametrize(("text", "trigger"), [
    ("Bei dem Design wurden zweifelhafte Entscheidungen getroffen.", "getroffen"),
    ("Die Stadt wurde vom Hochwasser schwer getroffen.", "getroffen"),
    ("Das Unternehmen beliefert rund 200.000 Kunden mit Strom und Gas.", "beliefert"),
    ("Das kündigte die Vorstandschefin auf einer Betriebsversammlung an.", "Betriebsversammlung"),
    ("Der Kunde hatte sich über den Lärm beschwert und eine Beschwerde geschrieben.", "Beschwerde"),
    ("Bis zur Amtsübergabe will die Regierung noch Waffen liefern.", "übergab"),  # no word inside a word
    ("Die Lage sei ernst, hieß es, doch die Stimmung gut.", "hieß"),  # "hieß es" reports
])
def test_no_event_tune6_tune7(text, trigger):
    assert trigger not in found(text)


def test_a_reaction_met_is_no_complement_of_a_re_mention():
    assert "Einigung" not in found("Die Minister einigten sich. In Wien stieß die Einigung auf geteiltes Echo.")


def test_who_called_the_protest_out():
    text = "Vor dem Kanzleramt demonstrierten 2.000 Menschen. Aufgerufen hatte die Klimabewegung."
    assert found(text)["Aufgerufen"] == "MOBILIZE"
