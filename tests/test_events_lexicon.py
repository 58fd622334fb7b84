"""Event triggers and their types (lexicon rows and the rules of flows.events.extract), the senses of a word that
are no event, and the literal keys of lexicon phrases, each on a short sentence written for this test."""
import pytest

from flows.events.extract import _called_by_persons
from flows.events.lexicon import phrase_candidates, phrase_keys, phrase_rules
from flows.records import Doc, Participant
from tests.test_events import THURSDAY, events, mention


def trigger_types(text: str) -> dict[str, str]:
    """The event type of each trigger of ``text``, published on a Thursday."""
    return {e.trigger: e.event_type for e in events(text)}


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
def test_trigger_type_first_batch(text: str, trigger: str, event_type: str) -> None:
    assert trigger_types(text)[trigger] == event_type


@pytest.mark.parametrize("text", [
    "Das Auto rammte einen Baum.",  # an accident, no attack
    "Die Kanzlerin bekräftigte, dass sie bleibe.",  # speech, no support
    "Der Minister bekräftigte diese Linie am Donnerstag.",  # no backing named
])
def test_no_event_first_batch(text: str) -> None:
    assert not trigger_types(text)


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    # a joint manoeuvre is a mobilisation like any other (session 13: the COOPERATE row was right 2, wrong 4)
    ("Die Marinen beider Länder wollen im Mai ein gemeinsames Manöver abhalten.", "Manöver", "MOBILIZE"),
    ("Die Partei kündigte an, das Referendum gegen das Gesetz zu ergreifen.", "Referendum", "PROTEST"),
    ("Der Präsident versetzte die Armee in erhöhte Bereitschaft.", "versetzte", "MOBILIZE"),
    ("Die Fraktion will im Landtag einen Antrag auf Neuwahlen einbringen.", "Antrag", "REQUEST"),
])
def test_trigger_type_second_batch(text: str, trigger: str, event_type: str) -> None:
    assert trigger_types(text)[trigger] == event_type


def test_rules_for_motions_are_no_motion() -> None:
    assert not trigger_types("In Tirol kann jeder Klub einen Antrag einbringen.")


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
    assert trigger_types(text)[trigger] == event_type


@pytest.mark.parametrize("text", [
    "Wir sind bereit, auch Dinge mitzutragen.",  # no named decision
    "Die Anwohner klagen über Lärm.",  # a complaint, no lawsuit
    "Die Agentur hat am Morgen eine Rakete mit einem Satelliten gestartet.",  # a space launch
])
def test_no_event_third_batch(text: str) -> None:
    assert not trigger_types(text)


def test_court_and_verb_in_separate_clauses() -> None:
    # the trial is an event of its own, the verb of the next clause takes nobody to court
    assert "brachten" not in trigger_types("Sie müssen sich vor Gericht verantworten, weil sie die Papiere an die "
                                           "Öffentlichkeit brachten.")


def test_a_vote_for_beside_a_vote_against_keeps_its_type() -> None:
    text = "Die Koalition stimmte für das Gesetz, die Linke stimmte dagegen."
    assert [e.event_type for e in events(text)] == ["OTHER", "REJECT"]


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    ("Die Gewerkschaft plant gemeinsame Aktionen mit dem Beamtenbund.", "Aktionen", "COOPERATE"),
    ("Beide Länder wollen gemeinsame Patrouillen an der Grenze einrichten.", "Patrouillen", "COOPERATE"),
    ("Am Morgen ist ein Hilfsflug mit Zelten in Beirut gelandet.", "gelandet", "AID"),
])
def test_trigger_type_joint_and_aid(text: str, trigger: str, event_type: str) -> None:
    assert trigger_types(text)[trigger] == event_type


def test_a_plane_landing_is_no_aid() -> None:
    assert not trigger_types("Das Flugzeug ist am Morgen in Beirut gelandet.")


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
    assert trigger_types(text).get(trigger) == event_type


@pytest.mark.parametrize("text", [
    "Die Saison wird am Dienstag fortgesetzt.",  # a season, no measure
    "Die Feuerwehr hielt am Samstag zwei Übungen ab.",  # drills, no forces
    "Microsoft hat am Montag eine neue Version von Windows veröffentlicht.",  # a software release
    "Die Studie wurde am Montag im Fachblatt Science veröffentlicht.",  # a study
    "Man werde den Kader nicht verkleinern, kündigte er an.",  # the words of a speaker, no announcement
    "Zudem mahnte Hofmann, wer zu hohe Belastungen aufbürde, verhindere Investitionen.",  # a warning in words
])
def test_no_event(text: str) -> None:
    assert not trigger_types(text)


def test_killing_in_an_attack_adjunct_is_the_attack() -> None:
    events = trigger_types("Bei einem Angriff auf eine Kaserne sind am Montag zwölf Soldaten getötet worden.")
    assert events == {"Angriff": "ASSAULT"}


def test_killing_told_after_the_attack_stays() -> None:
    events = trigger_types("Rebellen griffen am Montag eine Kaserne an. Dabei wurden zwölf Soldaten getötet.")
    assert events.get("getötet") == "ASSAULT"


@pytest.mark.parametrize("text", [
    "Der Präsident sprach von einem «grossartigen Sieg».",
    "Die Ministerin sprach am Abend von einem „feigen Angriff auf unsere Demokratie“.",
])
def test_a_quoted_characterisation_names_no_event(text: str) -> None:
    assert not {t for t, kind in trigger_types(text).items() if kind in {"OTHER", "ASSAULT"}}


def test_an_attack_told_beside_a_characterisation_stays() -> None:
    text = "Rebellen haben am Montag einen Angriff auf die Kaserne verübt. Der Minister sprach von „Terror“."
    assert trigger_types(text).get("Angriff") == "ASSAULT"


@pytest.mark.parametrize("text", [
    "Die Allianz werde »jeden Zentimeter« ihres Gebiets verteidigen.",  # territory, no verbal backing
    "Am Mittwoch verteidigt der Meister ein 2:1 aus dem Hinspiel.",  # a sports lead
    "Die Gäste haben gut verteidigt.",  # sport
])
def test_defending_no_backing(text: str) -> None:
    assert "SUPPORT" not in trigger_types(text).values()


def test_defending_a_policy_backs_it() -> None:
    assert trigger_types("Die Ministerin verteidigte den Kurs der Regierung.").get("verteidigte") == "SUPPORT"


def test_a_meeting_in_the_adjunct_of_a_meeting_verb_is_one_event() -> None:
    text = "Die Minister wollen am Dienstag in einer Videokonferenz beraten."
    assert [(e.event_type, e.trigger) for e in events(text)] == [("CONSULT", "Videokonferenz beraten")]


def test_dealing_with_a_matter_in_a_meeting_consults() -> None:
    text = "Die Landesregierung will sich am Montag in einer Sondersitzung mit dem Thema befassen."
    assert [(e.event_type, e.trigger) for e in events(text)] == [("CONSULT", "befassen")]  # no session row (session 13)
    # without the meeting a chamber taking up a bill consults too (session 12: CONSULT in tune9, tune14, tune17; OTHER in
    # tune4, tune10)
    assert trigger_types("Der Bundesrat soll sich am Freitag mit dem Paket befassen.") == {"befassen": "CONSULT"}


def test_a_deadline_event_is_no_event() -> None:
    text = "Die Kommission will bis zum nächsten Gipfel Vorschläge vorlegen."
    assert "Gipfel" not in trigger_types(text)


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
    assert trigger_types(text).get(trigger) == event_type


@pytest.mark.parametrize(("text", "trigger"), [
    ("Die Verletzten wurden im Krankenhaus medizinisch versorgt.", "versorgt"),  # care, no aid
    ("Die Soldaten können sich auf ihre Ausrüstung verlassen.", "verlassen"),  # relying on something
    ("Die Werft will im Frühjahr zwei Fähren liefern.", "liefern"),  # a business delivery
    ("Auf dem Balkon leuchtet eine Lichterkette.", "Lichterkette"),  # Christmas lights
    # the package as the complement of a noun is left to that noun
    ("Ungarn kündigte Widerstand gegen ihr 20. Sanktionspaket an.", "ihr 20. Sanktionspaket"),
])
def test_no_event_recall_rows(text, trigger):
    assert trigger not in trigger_types(text)


def test_a_call_to_a_strike_mobilises_and_the_strike_is_planned():
    by_trigger = {e.trigger: e for e in events("Die Gewerkschaft rief für Dienstag zu einer Kundgebung "
                                               "vor dem Rathaus auf.")}
    assert (by_trigger["rief"].event_type, by_trigger["rief"].date) == ("MOBILIZE", None)  # the day is the rally's
    assert (by_trigger["Kundgebung"].event_type, by_trigger["Kundgebung"].mode) == ("PROTEST", "intended")
    assert trigger_types("Verdi hat die Beschäftigten zu einem ganztägigen Warnstreik aufgerufen.")[
        "aufgerufen"] == "MOBILIZE"
    # calling for anything else is a request
    assert trigger_types("Die EU rief Russland zur Freilassung der Gefangenen auf.")["rief"] == "REQUEST"


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    # a separable verb's particle after a list of names or an inserted zu-infinitive (tune6)
    ("Burhan lehnte einen von den USA, Saudi-Arabien, Ägypten und den Emiraten vorgeschlagenen Waffenstillstand "
     "erneut ab.", "lehnte", "REJECT"),
    ("Die Regierung weist den Vorwurf, die Miliz mit Waffen zu beliefern, seit Monaten zurück.", "weist", "REJECT"),
])
def test_particle_across_inserted_commas(text, trigger, event_type):
    assert trigger_types(text).get(trigger) == event_type


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
    assert trigger_types(text).get(trigger) == event_type


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
    assert trigger not in trigger_types(text)


def test_a_reaction_met_is_no_complement_of_a_re_mention():
    assert "Einigung" not in trigger_types(
        "Die Minister einigten sich. In Wien stieß die Einigung auf geteiltes Echo.")


def test_who_called_the_protest_out():
    text = "Vor dem Kanzleramt demonstrierten 2.000 Menschen. Aufgerufen hatte die Klimabewegung."
    assert trigger_types(text)["Aufgerufen"] == "MOBILIZE"


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    # urging someone to more of something or to a virtue asks for it
    ("Der Minister mahnte die Länder bei dem Gipfel zu mehr Eile.", "mahnte", "REQUEST"),
    ("Die Kanzlerin mahnt zu Geduld.", "mahnt", "REQUEST"),
    # a vote with its score: the "zu" of "mit 300 zu 200 Stimmen" is no particle of consent
    ("Der Landtag stimmte mit 70 zu 52 Stimmen für den Haushalt.", "stimmte", "OTHER"),
    ("Die Grünen stimmten dem Haushalt zu, die Linke dagegen.", "stimmten", "AGREE"),
    # warning a named addressee of something, the warner opening the sentence
    ("Außenminister Jean Dupont warnte Moskau und Minsk davor, die Grenze zu schließen.", "warnte", "THREATEN"),
    # relief goods brought to people
    ("Die Helfer wollen morgen Nahrungsmittel für 20.000 Flüchtlinge in das Lager bringen.", "bringen", "AID"),
    # a vote with "Nein"
    ("Auch die Linke votierte mit Nein.", "votierte", "REJECT"),
    # missiles fired into the sea or ballistic ones without a target show force; fired at a place they attack
    ("Das Militär feuerte am Morgen zwei Raketen ins Gelbe Meer ab.", "feuerte", "MOBILIZE"),
    ("Das Regime hat erneut eine ballistische Rakete abgefeuert.", "abgefeuert", "MOBILIZE"),
    ("Die Armee hat ballistische Raketen auf Charkiw abgefeuert.", "abgefeuert", "ASSAULT"),
    # a threat told as a reported consequence
    ("Der Minister drohte, das Land werde vor Gericht ziehen.", "drohte", "THREATEN"),
    # an abstention closing its clause is a vote
    ("Die Liberalen enthielten sich.", "enthielten sich", "OTHER"),
    # relief provided with the separable verb
    ("Die Helfer stellten im Lager Zelte und Decken bereit.", "stellten", "AID"),
    # a blockade of a country by force coerces; a political one rejects
    ("Eine Blockade Kubas würde die Lage verschärfen.", "Blockade", "COERCE"),
    ("Die Opposition kündigte eine Blockade im Senat an.", "Blockade", "REJECT"),
    # border controls prolonged, people sent back
    ("Österreich hat die Kontrollen an der Grenze zu Slowenien verlängert.", "verlängert", "COERCE"),
    ("Die Behörden haben 20 Migranten nach Tunesien zurückgeschickt.", "zurückgeschickt", "COERCE"),
    # a state lodging a protest
    ("Die Regierung hat Protest gegen die Festnahme eingelegt.", "Protest gegen die Festnahme eingelegt", "ACCUSE"),
    # talks broken off; defence spending raised
    ("Die Gewerkschaft brach am Abend die Gespräche mit dem Verband ab.", "brach", "REJECT"),
    ("Polen will seine Militärausgaben im kommenden Jahr weiter erhöhen.", "erhöhen", "MOBILIZE"),
])
def test_rows(text, trigger, event_type):
    assert trigger_types(text).get(trigger) == event_type


@pytest.mark.parametrize("text", [
    # after an opener the name after the verb is the one who warns
    "Zugleich warnte Moskau vor einer Eskalation.",
    "Am Montag warnte Dupont vor neuen Schulden.",
])
def test_warning_without_addressee(text):
    assert "warnte" not in trigger_types(text)


def test_announcing_verb_after_a_reported_plan_is_a_speech_tag():
    # the plan is the event; "kündigte … an" with adjuncts after it only says who said so
    text = "Die Stadt werde beim Verwaltungsgericht klagen, kündigte der Bürgermeister am Abend in Linz an."
    assert "kündigte" not in trigger_types(text)
    # a clause of its own before the verb leaves the announcement
    assert trigger_types("Nachdem die Gespräche gescheitert waren, kündigte die Gewerkschaft einen Streik an.")[
        "kündigte"] == "ANNOUNCE"


def test_a_union_is_no_agreement():
    assert "Bundesvereinigung" not in trigger_types(
        "Das sagte der Chef der Bundesvereinigung der Arbeitgeberverbände.")
    assert trigger_types("Beide Seiten erzielten eine Einigung.")["Einigung"] == "AGREE"


@pytest.mark.parametrize(("text", "caller", "kind", "event_type"), [
    # a person's call to protest appeals to people; an organisation's mobilises its members
    ("Oppositionsführer Levan Gelaschwili rief für den Abend zu Kundgebungen auf.", "Levan Gelaschwili", "PER",
     "REQUEST"),
    ("Die Gewerkschaft Verdi rief für Dienstag zu einer Kundgebung auf.", "Verdi", "ORG", "MOBILIZE"),
])
def test_a_persons_call_to_protest_is_a_request(text, caller, kind, event_type):
    types = {e.trigger: e.event_type for e in events(text, [mention(text, caller, caller, kind)])}
    assert types["rief"] == event_type


def test_a_cause_is_no_deportation():
    assert not trigger_types("Der Zuwachs ist vor allem auf Migranten aus Syrien zurückzuführen.")


@pytest.mark.parametrize(("pattern", "keys"), [
    (r"in Kraft (?:treten|trat)", ("in Kraft ",)),
    (r"\blegt(?:e|en)? (?:[\w-]+ ){0,6}?Protest ein\b|\bProtest (?:[\w-]+ ){0,3}?eingelegt\b",
     ("Protest ein", "eingelegt")),
    (r"\b[Ee]ine (?:\w+ )?Entscheidung", ("Entscheidung",)),
    # an alternative without a literal of four characters: no key, the phrase is always scanned
    (r"\bzu (?:\w+ )?gehen|\bgeh\w*", ()),
    # an optional character is no part of a key
    (r"Abstimmungs?runde", ("Abstimmung",)),
    # the digits of a count are no literal of the text
    (r"\bwarn\w{10,200}", ("warn",)),
])
def test_phrase_keys(pattern, keys):
    assert phrase_keys(pattern) == keys


# sixteenth pass: trigger families learned across the tuning sets (flows/events/README.md, "Sixteenth pass")
def test_a_note_handed_over_is_an_act_beside_the_summons():
    # the summons is ACCUSE (tests/test_events.py, test_events_mode.py); the note is one more act
    assert trigger_types("Manila bestellte den Botschafter ein und übergab ihm eine Protestnote.") == {
        "bestellte": "ACCUSE", "Protestnote": "ACCUSE"}


@pytest.mark.parametrize("text", [
    "Ohne eine sofortige Feuerpause drohe sich das Grauen zu wiederholen.",
    "Die Kämpfe dauerten an, bevor eine von den USA vermittelte Feuerpause in Kraft trat.",
])
def test_a_truce_is_agreed(text):
    assert trigger_types(text)["Feuerpause"] == "AGREE"


def test_short_time_work_filed_is_the_event_a_registration_is_none():
    assert trigger_types("Der Hersteller hatte im Herbst Kurzarbeit beantragt.") == {"Kurzarbeit beantragt": "OTHER"}
    assert "angemeldet" not in trigger_types("Für Donnerstag ist eine Demonstration vor dem Parlament angemeldet.")


@pytest.mark.parametrize(("text", "trigger"), [
    ("Budapest werde sich an den neuen Maßnahmen nicht beteiligen.", "beteiligen"),
    ("Der Landtag forderte die Regierung auf, sich an einer Initiative zur Minenräumung zu beteiligen.", "beteiligen"),
])
def test_taking_part_in_a_joint_measure_is_cooperation(text, trigger):
    assert trigger_types(text)[trigger] == "COOPERATE"


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    ("Verdi kündigte Proteste an, wenn der Bundestag abschließend über den Etat abstimmt.", "abstimmt", "OTHER"),
    ("Über den Text war zuvor ohne die US-Delegation abgestimmt worden.", "abgestimmt", "OTHER"),
    ("Am Abend hatte sich Söder in München mit Boris Rhein abgestimmt.", "abgestimmt", "CONSULT"),
])
def test_a_vote_or_a_consultation_in_abstimmen(text, trigger, event_type):
    assert trigger_types(text)[trigger] == event_type


def test_a_quoted_negative_verdict_is_criticism_a_neutral_one_is_none():
    assert trigger_types("Fraktionschefin Franziska Schubert nannte den Vorstoß „naiv und gefährlich“.") == {
        "nannte": "ACCUSE"}
    assert "nannte" not in trigger_types("Der Verbandschef nannte das Gesetz einen „ersten Schritt“.")


@pytest.mark.parametrize(("text", "trigger"), [
    ("Indien wies zudem zwei pakistanische Diplomaten aus.", "wies"),
    ("Zwei russische Diplomaten wurden ausgewiesen.", "ausgewiesen"),
])
def test_expelled_diplomats_are_coerced(text, trigger):
    assert trigger_types(text)[trigger] == "COERCE"


def test_a_bare_loan_is_no_aid():
    assert "Kredite" not in trigger_types("In Italiens Banken schlummern faule Kredite von 200 Milliarden Euro.")


@pytest.mark.parametrize(("text", "trigger"), [
    ("Eine Reise nach Paraguay, die für kommende Woche geplant war, sagte er ab.", "sagte"),
    ("Der Besuch an der Grenze wurde aus Sicherheitsgründen abgesagt.", "abgesagt"),
])
def test_a_trip_called_off_is_cancelled_not_rejected(text, trigger):
    assert trigger_types(text)[trigger] == "OTHER"


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    ("Gespräche über eine Entwaffnung der Hisbollah kommen nicht voran.", "Entwaffnung", "RETREAT"),
    ("Der Mann sitzt in Untersuchungshaft.", "Untersuchungshaft", "COERCE"),
    ("Zwei mutmaßliche Täter sitzen in U-Haft.", "in U-Haft", "COERCE"),
    ("Die Unterzeichnung ist für Samstag in Paraguay geplant.", "Unterzeichnung", "AGREE"),
])
def test_families_gold_in_three_sets(text, trigger, event_type):
    assert trigger_types(text)[trigger] == event_type


def test_a_signing_welcomed_is_a_re_mention():
    assert "Unterzeichnung" not in trigger_types("Der Kanzler begrüßte die Unterzeichnung.")


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    ("Der Landtag soll sich am 3. März mit dem Entwurf befassen.", "befassen", "CONSULT"),
    ("Ein Urteil wird im Herbst erwartet.", "Ein Urteil", "OTHER"),
    ("Sollte das Gesetz im Bundestag scheitern, drohe eine Krise.", "scheitern", "REJECT"),
    ("Die Opposition will das Gesetz vom Verfassungsgerichtshof prüfen lassen.", "prüfen", "ACCUSE"),
])
def test_chambers_courts_and_bills(text, trigger, event_type):
    assert trigger_types(text)[trigger] == event_type


@pytest.mark.parametrize(("text", "trigger"), [
    ("Der Schwede musste sich mit kritischen Stimmen befassen.", "befassen"),
    ("Dabei kommt das Magazin zu einem vernichtenden Urteil.", "Urteil"),
    ("Ein Verkauf des Werks sei gescheitert.", "gescheitert"),
])
def test_no_chamber_no_court_no_event(text, trigger):
    assert not any(trigger in t for t in trigger_types(text))


@pytest.mark.parametrize(("text", "trigger"), [
    ("Der Minister wies alle Vorwürfe zurück.", "Vorwürfe"),
    ("Das Recht auf friedlichen Protest müsse gewahrt bleiben.", "Protest"),
    ("Seine Partei werde im Falle eines Wahlsiegs alle Migranten abschieben.", "Wahlsiegs"),
])
def test_a_charge_rejected_a_right_and_a_condition_are_no_events(text, trigger):
    assert trigger not in trigger_types(text)


def test_an_accusation_made_stays():
    assert trigger_types("Die Opposition hatte dem Minister Untätigkeit vorgeworfen.")["vorgeworfen"] == "ACCUSE"


# Sixteenth pass, second round: precision classes false in every set that holds them

@pytest.mark.parametrize(("text", "trigger"), [
    ("„Wer in Mali widerspricht, verschwindet“, sagte sie.", "widerspricht"),
    ("Wer Hilfslieferungen blockiere, müsse zur Rechenschaft gezogen werden.", "Hilfslieferungen"),
])
def test_a_free_relative_clause_states_a_rule_not_an_event(text, trigger):
    assert trigger not in trigger_types(text)


def test_a_question_who_keeps_its_event():
    assert trigger_types("Unklar ist, wer die Stadt angegriffen hat.")["angegriffen"] == "ASSAULT"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Jede Blockade der Flüsse werde als kriegerischer Akt betrachtet.", "Blockade"),
    ("Für das Kind kam jede Hilfe zu spät.", "Hilfe"),
])
def test_any_one_of_a_kind_is_no_event(text, trigger):
    assert trigger not in trigger_types(text)


def test_a_party_chiefs_call_is_his_though_his_party_acts():
    # "Parteichef Özgür Özel rief zum Boykott … auf" (tune11): the actor is his party, the mention a person
    chief = Participant(role="actor", entity_id="org:chp", name="CHP", text="Özgür Özel")
    assert _called_by_persons([chief], {"Özgür Özel"})
    assert not _called_by_persons([chief], set())


def test_a_party_chiefs_call_by_his_surname_is_his():
    # the whole path: the names stage links the later bare surname, the participants give his party as the actor
    from flows.names import find_mentions

    text = ("Der Oppositionsführer Özgür Özel sprach in Istanbul. "
            "Am Abend rief Özel zum Boykott der regierungsnahen Medien auf.")
    types = {e.trigger: e.event_type for e in events(text, list(find_mentions(Doc("t", text, THURSDAY))))}
    assert types["rief"] == "REQUEST"


def test_a_question_who_without_a_clause_after_it_keeps_its_event():
    # the rule of a free relative clause needs the comma that ends it: a direct question has none
    assert trigger_types("Wer hat die Stadt angegriffen?")["angegriffen"] == "ASSAULT"


def test_reservists_called_up_by_a_person_are_mobilized():
    text = "Präsident Nicolás Maduro kündigte an, weitere Reservisten einzuberufen."
    maduro = mention(text, "Nicolás Maduro", "Nicolás Maduro", "PER")
    types = {e.trigger: e.event_type for e in events(text, [maduro])}
    assert types["einzuberufen"] == "MOBILIZE"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Der Kanzler telefonierte mit Fico und warb für eine rasche Einigung.", "Einigung"),
    ("Die Fahrgäste haben kein Verständnis mehr für Streiks.", "Streiks"),
    ("Ohne die Freilassung gebe es keine Grundlage für Gespräche.", "Gespräche"),
])
def test_what_is_argued_for_or_has_no_ground_is_no_event(text, trigger):
    assert trigger not in trigger_types(text)


def test_criticism_understood_was_made():
    assert trigger_types("Der Trainer zeigte Verständnis für die scharfe Kritik der Fans.")["Kritik"] == "ACCUSE"


def test_a_speakers_we_decided_is_an_agreement():
    assert trigger_types("„Wir haben die Reform beschlossen, jetzt müssen wir sie umsetzen“, sagte er.")[
        "beschlossen"] == "AGREE"
    assert trigger_types("Der Bundestag hat am Freitag das Gesetz beschlossen.")["beschlossen"] == "OTHER"


@pytest.mark.parametrize(("text", "event_type"), [
    ("Rösti warb erneut für das Abkommen.", "SUPPORT"),
    ("Die Niederlande und Italien hatten dafür geworben.", "SUPPORT"),
    ("Wadephul warb vor dem Sicherheitsrat für eine Reform des Gremiums.", "REQUEST"),
])
def test_arguing_for_a_proposal_on_the_table_supports_it(text, event_type):
    assert next(t for w, t in trigger_types(text).items() if w in {"warb", "geworben"}) == event_type


@pytest.mark.parametrize(("text", "trigger"), [
    ("Paraguay werde den Vertrag als erstes Land ratifizieren.", "ratifizieren"),
    ("Milei drohte, die Ratifizierung in seinem Land auszusetzen.", "Ratifizierung"),
])
def test_a_ratification_is_a_decision_like_a_parliaments(text, trigger):
    assert trigger_types(text)[trigger] == "OTHER"


def test_every_phrase_row_is_a_candidate_where_one_of_its_keys_stands():
    # the one-scan prefilter of phrase rows (phrase_candidates) must never drop a row whose key is in the text, also
    # where a longer key of another row starts at the same place and is the one the scan reports
    keys = {key for rule in phrase_rules() for key in rule.keys}
    for rule in phrase_rules():
        for key in rule.keys:
            for written in [other for other in keys if other.startswith(key)]:
                assert rule in phrase_candidates(f"Am Montag {written} am Abend."), (rule.event_type, key, written)
    assert all(rule in phrase_candidates("Er kam.") for rule in phrase_rules() if not rule.keys)


# Seventeenth pass: classes gold in three sets or more (flows/events/README.md, "Seventeenth pass, triggers")
@pytest.mark.parametrize(("text", "event_type"), [
    ("Die Stadt werde sich an einer Auffanggesellschaft beteiligen, sagte der Bürgermeister.", "AID"),
    ("Schweden will sich an einem Nato-Fonds mit fünf Millionen Euro beteiligen.", "AID"),
    ("Das Land werde sich nicht an den Mehrkosten beteiligen.", "AID"),
    ("Polen wird sich an der gemeinsamen Mission beteiligen.", "COOPERATE"),
])
def test_money_taken_part_in_is_aid_a_joint_undertaking_cooperation(text, event_type):
    assert trigger_types(text)["beteiligen"] == event_type


@pytest.mark.parametrize(("text", "trigger"), [
    ("Der Plan stößt in der Fraktion auf scharfen Widerstand.", "Widerstand"),
    ("Die Reform stösst bei den Kantonen auf Widerstand.", "Widerstand"),
    ("In der Kommission hatte es Widerstand gegeben.", "Widerstand"),
    ("Auch in Prag stieß der Vorschlag auf Widerspruch.", "Widerspruch"),
])
def test_opposition_met_or_that_there_was_is_a_rejection(text, trigger):
    assert trigger_types(text)[trigger] == "REJECT"


def test_a_contradiction_not_met_is_no_event():
    assert "Widerspruch" not in trigger_types("Das ist ein Widerspruch in sich, sagte sie.")


@pytest.mark.parametrize(("text", "trigger"), [
    ("Scholz und Macron hatten am Montag über die Lage in Nahost gesprochen.", "gesprochen"),
    ("Am Freitag wollen der Minister und sein Amtskollege in Prag über die Grenze sprechen.", "sprechen"),
    ("Nach Angaben aus Diplomatenkreisen sprachen beide auch über die Handelsfragen.", "sprachen"),
    ("Die beiden sprachen danach nur mit dem Außenminister.", "sprachen"),
])
def test_talks_of_two_parties_in_any_tense(text, trigger):
    assert trigger_types(text)[trigger] == "CONSULT"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Der Täter sprach mit einem starken Akzent.", "sprach"),
    ("In seiner Rede sprach der Präsident auch über seine Kindheit.", "sprach"),
    ("Wir sprechen über ein ernstes Problem, sagte die Forscherin.", "sprechen"),
    ("Beide Gewerkschafter sprachen mit Blick auf den Streik von einem „Affront“.", "sprachen"),
    ("Die beiden sprachen von einem Durchbruch mit Blick auf die Zölle.", "sprachen"),
])
def test_one_speaker_about_something_is_no_talks(text, trigger):
    assert trigger not in trigger_types(text)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Richter und Schöffen haben ihn nach der Debatte über die Beweise schuldig gesprochen.", "gesprochen"),
    ("Die beiden sprachen ihn mit Mehrheit schuldig.", "sprachen"),
])
def test_a_verdict_of_two_judges_is_no_talks(text, trigger):
    assert trigger not in trigger_types(text)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Ägypten hat den Grenzvertrag mit dem Sudan ausgesetzt.", "ausgesetzt"),
    ("Der Minister drohte, die Zusammenarbeit mit der Behörde einzustellen.", "einzustellen"),
    ("Die Abgeordnete forderte, die Umsetzung der Zollsenkungen auszusetzen.", "auszusetzen"),
    ("Die Regierung setzte den Vertrag mit dem Nachbarland aus.", "setzte"),
    ("Der Iran stellt die Zusammenarbeit mit der Behörde ein.", "stellt"),
])
def test_a_treaty_or_cooperation_suspended_is_a_sanction(text, trigger):
    assert trigger_types(text)[trigger] == "SANCTION"


def test_a_vote_suspended_is_no_sanction():
    assert trigger_types("Die Junta hat die geplanten Wahlen ausgesetzt.").get("ausgesetzt") != "SANCTION"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Es war ein Treffen ohne Ergebnis.", "Treffen"),
    ("„Der Etat ist ein Kompromiss, aber kein großer Wurf“, sagte sie.", "Kompromiss"),
    ("„Das ist ein Angriff auf unsere Bauern“, sagte der Landrat.", "Angriff"),
])
def test_a_predicate_of_is_a_names_what_something_is(text, trigger):
    assert trigger not in trigger_types(text)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Es ist kein Zugeständnis erfolgt, sagte der Kanzler.", "Zugeständnis"),
    ("Nach Angaben der Regierung ist ein Treffen der beiden nicht geplant.", "Treffen"),
])
def test_a_subject_of_is_stays_an_event(text, trigger):
    assert trigger in trigger_types(text)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Die Regierung will den bereits vereinbarten Lohnabschluss aufschnüren.", "vereinbarten"),
    ("Die bereits entsandten Polizisten sollen bleiben.", "entsandten"),
    ("Das Gericht prüft einen ebenfalls beantragten Haftbefehl.", "beantragten"),
])
def test_a_participle_without_ge_before_its_noun_is_an_adjective(text, trigger):
    assert trigger not in trigger_types(text)


def test_a_preterite_with_an_inseparable_prefix_stays_a_verb():
    assert trigger_types("Die Minister vereinbarten am Montag eine engere Zusammenarbeit.")["vereinbarten"] == "AGREE"


def test_forces_sent_are_mobilized_a_bill_or_an_envoy_sent_is_not():
    assert trigger_types("Die Regierung schickt weitere Soldaten an die Grenze.")["schickt"] == "MOBILIZE"
    assert "schickte" not in trigger_types("Er schickte seinen Außenminister zu dem Treffen.")


def test_deliveries_stopped_are_cut_off_and_the_aid_is_no_event_of_its_own():
    found = trigger_types("Wegen der Angriffe stoppte die Regierung am Montag alle Hilfslieferungen in die Region.")
    assert found["stoppte"] == "SANCTION"
    assert "Hilfslieferungen" not in found


# Eighteenth pass (session 11): families gold in three sets or more, rows a requirement blocked, types by context


@pytest.mark.parametrize(("text", "trigger"), [
    ("Für den Antrag der Opposition stimmten 120 Abgeordnete, 98 votierten dagegen.", "stimmten"),
    ("Nur drei der zwölf Länder stimmten dafür, die übrigen dagegen.", "stimmten dafür"),
])
def test_a_vote_for_with_fronted_fuer_or_dafuer_is_a_vote(text, trigger):
    assert trigger_types(text)[trigger] == "OTHER"


def test_the_vote_against_beside_a_fronted_vote_for_stays_a_rejection():
    found = trigger_types("Für den Antrag der Opposition stimmten 120 Abgeordnete, 98 votierten dagegen.")
    assert found["votierten"] == "REJECT"


@pytest.mark.parametrize("text", [
    "Unifil soll bis zum Jahresende abgezogen werden.",
    "Solange die Miliz nicht aus der Stadt abziehe, gebe es keine Gespräche, sagte der Sprecher.",
])
def test_forces_named_by_their_mission_or_militia_withdraw(text):
    assert "RETREAT" in trigger_types(text).values()


def test_money_withdrawn_is_no_retreat():
    assert "abgezogen" not in trigger_types("Die Summe wird von der Steuer abgezogen.")


@pytest.mark.parametrize(("text", "trigger"), [
    # session 13: rows wrong more often than right over the 19 files are gone: a session (right 7, wrong 10), a
    # promise as agreement (right 3, wrong 5)
    ("Der Stadtrat hat für Montag eine Sondersitzung angesetzt.", "Sondersitzung"),
    ("Die Regierung beantragte eine Dringlichkeitssitzung des Sicherheitsrats.", "Dringlichkeitssitzung"),
    ("Der Bürgermeister versprach den Anwohnern eine neue Brücke.", "versprach"),
    ("Die Stadt hat den Vereinen Zuschüsse zugesichert.", "zugesichert"),
])
def test_a_session_or_a_promise_is_no_event_of_its_own(text, trigger):
    assert trigger not in trigger_types(text)


def test_sessions_counted_are_no_meeting():
    assert "Sitzungen" not in trigger_types("Der Landtag kam im vergangenen Jahr zu 40 Sitzungen zusammen.")


def test_a_compound_tariff_is_a_sanction_a_spiral_of_them_is_not():
    assert trigger_types("Die Regierung drohte Peking mit Schutzzöllen auf Stahl.")["Schutzzöllen"] == "SANCTION"
    assert "Gegenzöllen" not in trigger_types("Niemand will eine Spirale aus Zöllen und Gegenzöllen.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Der Senat will im März über den Antrag entscheiden.", True),
    ("Wann das Gericht entscheiden wird, ist offen.", True),
    ("Die Wähler können selbst entscheiden.", False),
    ("Er werde sich für das kleinere Auto entscheiden, sagte er.", False),
])
def test_a_decision_planned_or_awaited_is_an_act(text, expected):
    assert (trigger_types(text).get("entscheiden") == "OTHER") is expected


@pytest.mark.parametrize(("text", "trigger"), [
    ("Die Kommission werde neue Regeln für Banken vorschlagen, hieß es.", "vorschlagen"),
    ("Der Minister schlug eine Steuer auf Kerosin vor.", "schlug"),
])
def test_proposing_is_presenting(text, trigger):
    assert trigger_types(text)[trigger] == "ANNOUNCE"


def test_things_suggested_in_a_generic_passive_are_no_announcement():
    assert "vorgeschlagen" not in trigger_types("In der App können Restaurants vorgeschlagen werden.")


def test_being_in_contact_with_a_party_is_consulting():
    assert trigger_types("Man stehe mit beiden Regierungen in engem Kontakt, sagte der Sprecher.")["Kontakt"] == "CONSULT"
    assert "Kontakt" not in trigger_types("Er soll Kontakt zu einer Bande gehabt haben.")


@pytest.mark.parametrize(("text", "trigger"), [
    ("Die Polizei löste mehrere Blockaden vor dem Werk auf.", "löste"),
    ("Nach dem Putsch waren alle Parteien aufgelöst worden.", "aufgelöst"),
    ("Die Polizei hat die Kundgebung am Abend aufgelöst.", "aufgelöst"),
])
def test_blockades_broken_up_and_parties_dissolved_are_coerced(text, trigger):
    assert trigger_types(text)[trigger] == "COERCE"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Die beiden Parteien lösten sich im Frühjahr auf.", "lösten"),
    ("Die beiden Parteien hatten sich im Frühjahr aufgelöst.", "aufgelöst"),
])
def test_parties_dissolving_themselves_are_not_coerced(text, trigger):
    assert trigger not in trigger_types(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Regierung werde das Nachbarland bei der Suche nach neuen Lieferwegen unterstützen.", "AID"),
    ("Die Stadt kündigte an, die betroffenen Mieter rechtlich zu unterstützen.", "AID"),
    ("Paris unterstütze den Plan aber ausdrücklich bei der Abstimmung, sagte sie.", "SUPPORT"),
    ("Die Partei unterstützt den Kandidaten.", "SUPPORT"),
])
def test_help_at_a_task_is_aid_backing_is_support(text, expected):
    found = trigger_types(text)
    assert next(v for k, v in found.items() if k.startswith("unterstütz")) == expected


def test_police_officers_drawn_together_are_mobilized():
    assert trigger_types("Die Polizei hatte rund 800 Beamte zusammengezogen.")["zusammengezogen"] == "MOBILIZE"


def test_agreeing_with_many_words_between_and_the_determiner_einigen():
    assert "AGREE" in trigger_types("Die Staaten haben sich erneut nicht auf eine gemeinsame Erklärung zum Gaza-Krieg einigen können.").values()
    assert "AGREE" not in trigger_types("Nachdem sich die beiden Vereine schon seit einigen Tagen nahe waren, endete der Streit.").values()


def test_two_parties_at_one_are_agreed_a_consensus_of_many_is_not():
    assert trigger_types("Beide seien sich einig, dass die Grenze offen bleiben müsse.")["einig"] == "AGREE"
    assert "einig" not in trigger_types("Fast alle Fachleute sind sich einig, dass die Steuer schadet.")
    # the other party named with "mit"
    assert trigger_types("Er sagte, mit dem Koalitionspartner sei man sich völlig einig.")["einig"] == "AGREE"


def test_an_armed_group_rebuilding_its_positions_mobilizes():
    assert trigger_types("Die Miliz versuche, ihre Stellungen im Norden wieder aufzubauen.")["aufzubauen"] == "MOBILIZE"
    assert "aufzubauen" not in trigger_types("Die Stadt will die zerstörte Brücke wieder aufzubauen versuchen.")


# Eighteenth pass, second round (session 11): reviewing what others made, funding one intends


@pytest.mark.parametrize(("text", "trigger"), [
    ("Das Ministerium werde die Pläne des Konzerns im Frühjahr prüfen, sagte ein Sprecher.", "prüfen"),
    ("Die Aufsicht kündigte an, die Kostenberechnungen der Stadtwerke zu überprüfen.", "überprüfen"),
    ("Die Berichte über Übergriffe im Lager würden geprüft, hieß es.", "geprüft"),
])
def test_reviewing_a_plan_a_report_or_a_calculation_is_an_act(text, trigger):
    assert trigger_types(text)[trigger] == "OTHER"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Die Stadt prüfe Hilfen für die Gastwirte, sagte der Bürgermeister.", "prüfe"),
    ("Die Berichte der Beobachter sind von unabhängiger Seite nur schwer zu überprüfen.", "überprüfen"),
])
def test_weighing_an_option_or_a_claim_hard_to_verify_is_no_review(text, trigger):
    assert trigger not in trigger_types(text)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Das Land will zusätzliche Busse für die Schulen finanzieren.", "finanzieren"),
    ("Die Regierung kündigte an, den Bau von Wärmenetzen stärker zu fördern.", "fördern"),
    ("Der Bund sei bereit, die Umstellung der Werke weiter zu fördern, sagte sie.", "fördern"),
])
def test_funding_one_intends_is_aid(text, trigger):
    assert trigger_types(text)[trigger] == "AID"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Die Partei kürze bei der Bildung, um Steuergeschenke zu finanzieren, sagte sie.", "finanzieren"),
    ("Sie wollen das Modell, bei dem die Mitglieder die Kosten finanzieren, abschaffen.", "finanzieren"),
    ("Das Projekt wurde vom Land finanziert.", "finanziert"),
    # the readiness met, but the funding is its purpose, or a proposal
    ("Der Bund sei bereit, Kredite aufzunehmen, um den Ausbau der Netze zu finanzieren.", "finanzieren"),
    ("Die Ministerin kündigte an, sie schlage vor, den Bau von Radwegen stärker zu fördern.", "fördern"),
])
def test_funding_as_a_purpose_a_state_or_not_governed_by_a_will_is_no_aid(text, trigger):
    assert trigger not in trigger_types(text)


# Eighteenth pass, third round (session 11): families gold in two sets, checked on the 10kGNAD test articles


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    ("Die Unterhändler haben den Vertragstext am Freitag in Genf paraphiert.", "paraphiert", "AGREE"),
    ("Drei Bundesländer hatten im Rat Bedenken gegen die Reform angemeldet.", "Bedenken", "ACCUSE"),
    ("Polen hatte in Brüssel Vorbehalte angemeldet.", "Vorbehalte", "REJECT"),
    ("Nach der Kundgebung kam es in der Innenstadt zu Zusammenstößen.", "Zusammenstößen", "ASSAULT"),
    ("Am Rande des Marsches kam es zu Auseinandersetzungen mit der Polizei.", "Auseinandersetzungen", "ASSAULT"),
    ("Bei Auseinandersetzungen mit der Polizei wurden zwei Demonstranten verletzt.", "Auseinandersetzungen", "ASSAULT"),
    ("Seit Tagen halten die gewaltsamen Auseinandersetzungen im Norden an.", "Auseinandersetzungen", "ASSAULT"),
    ("Österreich meldete im Rat Bedenken gegen die Reform an.", "Bedenken", "ACCUSE"),
    ("Ungarn meldete erneut Vorbehalte an.", "Vorbehalte", "REJECT"),
    ("Der Konzern werde die Produktion im Werk ab Juli drosseln, teilte er mit.", "drosseln", "OTHER"),
])
def test_two_set_families_taken_in_the_third_round(text, trigger, event_type):
    assert trigger_types(text)[trigger] == event_type


@pytest.mark.parametrize(("text", "trigger"), [
    ("Die Ministerin versprach, die Bedenken der Eltern ernst zu nehmen.", "Bedenken"),
    ("In der Fraktion gibt es Vorbehalte.", "Vorbehalte"),
    ("Über das Erbe gab es in der Familie jahrelang Auseinandersetzungen.", "Auseinandersetzungen"),
])
def test_concerns_not_lodged_and_quarrels_are_no_events(text, trigger):
    assert trigger not in trigger_types(text)


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    # families gold in at least three sets (session 12, second half)
    ("Die Kommission hatte zuletzt angeregt, die Frist um ein Jahr zu verlängern.", "angeregt", "REQUEST"),
    ("Der Verband regte an, die Regeln für Praktika zu lockern.", "regte", "REQUEST"),
    ("Die Luftabwehr habe in der Nacht zwölf Drohnen abgeschossen, teilte das Ministerium mit.", "abgeschossen", "ASSAULT"),
    ("Die Marine schoss am Morgen zwei Raketen über dem Meer ab.", "schoss", "ASSAULT"),
    ("Die Küstenwache werde ihre Präsenz vor der Insel verstärken, sagte der Minister.", "verstärken", "MOBILIZE"),
    ("Die Polizei verstärkte die Patrouillen am Bahnhof.", "verstärkte", "MOBILIZE"),
    ("Die Länder konnten sich am Abend nicht auf einen Schlüssel für die Verteilung der neuen Mittel einigen.",
     "einigen", "AGREE"),
    ("Die Minister sollen sich bis zum Treffen am 4. Mai einigen.", "einigen", "AGREE"),
    ("Zustimmung kam vom Städtetag.", "Zustimmung", "SUPPORT"),
    ("Im Stadtrat stieß der Vorschlag auf breite Zustimmung.", "Zustimmung", "SUPPORT"),
    ("Rückenwind bekam die Ministerin von den Kommunen.", "Rückenwind", "SUPPORT"),
    ("Applaus erhielt der Redner vor allem von der Basis.", "Applaus", "SUPPORT"),
    # the verb disarms a group (an agent coerces it); the noun stays a retreat
    ("Die Regierung will die Milizen im Norden bis zum Sommer entwaffnen.", "entwaffnen", "COERCE"),
    ("Über eine Entwaffnung der Miliz werde erst nach der Wahl gesprochen.", "Entwaffnung", "RETREAT"),
    # advising someone to act, as "empfahl"
    ("Die Stadtwerke rieten den Anwohnern, das Leitungswasser vor dem Trinken abzukochen.", "rieten", "REQUEST"),
])
def test_families_taken_in_the_second_half_of_session_12(text, trigger, event_type):
    assert trigger_types(text)[trigger] == event_type


@pytest.mark.parametrize(("text", "trigger"), [
    ("Die Gäste haben den ganzen Abend angeregt diskutiert.", "angeregt"),
    ("Der Jäger hat im Revier zwei Rehe abgeschossen.", "abgeschossen"),
    ("Die Tickets seien ausverkauft, riet eine Sprecherin zur Geduld.", "riet"),
    ("Mit diesem Tor hat er den Vogel abgeschossen.", "abgeschossen"),
    ("Die Rebellen haben ihre Angriffe auf die Stadt verstärkt.", "verstärkt"),
    # the determiner in a sentence whose verb is far from "sich" (the row would take both tokens)
    ("Nach einigen Stunden konnten sich die Minister am späten Abend doch noch auf ein gemeinsames Papier für die "
     "Konferenz einigen.", "einigen"),
])
def test_senses_of_the_second_half_families_that_are_no_such_event(text, trigger):
    assert trigger not in trigger_types(text)


@pytest.mark.parametrize("text", [
    "Die Regierung verweigerte die Zustimmung.",
    "Es gab nie den Plan, ohne die Zustimmung des Parlaments zu handeln.",
])
def test_consent_given_or_withheld_stays_agreement(text):
    assert trigger_types(text).get("Zustimmung") in {"AGREE", None}
    assert "SUPPORT" not in trigger_types(text).values()


# review of session 12's trigger rows (7fc4eba, f3367e0): each part below was removed in a scratch copy and no test
# failed; these sentences fail without it
@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    # the "einigen" token row: a modal after the verb spares it from the determiner exclusion (excludes' lookahead;
    # the requires' clause-close lookahead is gone since session 13); "1." keeps the older phrase row out
    ("Offen ist, ob sich die Partner bis zum 1. Juli auf einen Plan einigen können.", "einigen", "AGREE"),
    # approval after the verb that brought it (SUPPORT row, second alternative)
    ("Die Grünen signalisierten Zustimmung zu dem Entwurf.", "Zustimmung", "SUPPORT"),
    ("Die Ministerin erntete für ihre Rede viel Beifall.", "Beifall", "SUPPORT"),
    # watch stepped up (MOBILIZE verstärken, requires)
    ("Die Küstenwache verstärkte die Überwachung der Meerenge.", "verstärkte", "MOBILIZE"),
    # the infinitive of the suggestion (REQUEST angeregt row)
    ("Die Ministerin will anregen, die Frist zu verlängern.", "anregen", "REQUEST"),
])
def test_parts_of_the_session_12_rows_no_test_caught(text, trigger, event_type):
    assert trigger_types(text).get(trigger) == event_type


@pytest.mark.parametrize(("text", "trigger"), [
    # "einigen" without "sich" unites (the token row's requires)
    ("Der neue Vorsitzende will die zerstrittene Partei wieder einigen.", "einigen"),
    # stepping up fire where a presence is named too (MOBILIZE verstärken, excludes)
    ("Die Armee verstärkte den Beschuss der Stellungen trotz der Präsenz von Beobachtern.", "verstärkte"),
    # food for thought is no request (regt ... an, excludes)
    ("Der Film regt zum Nachdenken an.", "regt"),
    # the top score is no attack though drones are named (abgeschossen and schoss ... ab, excludes)
    ("Mit seiner Rede über Drohnen hat der Minister den Vogel abgeschossen.", "abgeschossen"),
    ("Mit seinen Drohnen schoss das Start-up bei der Messe den Vogel ab.", "schoss"),
    # game shot by hunters (schoss ... ab, requires)
    ("Die Jäger schossen im Herbst viele Wildschweine ab.", "schossen"),
    # shooting without "ab" does not bring a target down (schoss ... ab, particle)
    ("Die Soldaten schossen in die Luft, als Drohnen über dem Lager kreisten.", "schossen"),
])
def test_parts_of_the_session_12_rows_that_keep_senses_out(text, trigger):
    assert trigger not in trigger_types(text)


@pytest.mark.parametrize("text", [
    # session 13: the "einigen" token row takes the verb before a bracket, an ellipsis or a hyphen too (its requires'
    # clause-close lookahead dropped these; the excludes alone keeps the determiner out); a date's "1." keeps the
    # phrase row out
    "Die Partner wollen sich bis zum 1. Juni einigen (so steht es im Fahrplan).",
    "Ob sich die Verbände bis zum 30. Juni doch noch auf einen Tarif einigen …",
    "Die Länder müssen sich bis zum 1. Oktober einigen - sonst droht ein Stillstand.",
])
def test_einigen_before_a_bracket_an_ellipsis_or_a_hyphen_is_agreement(text):
    assert trigger_types(text).get("einigen") == "AGREE"


def test_a_phrase_row_is_a_candidate_wherever_its_key_stands_in_a_long_text():
    # session 12 review: phrase_candidates tests each key as a substring of the whole text (3ce96d7); a key far on in a
    # long text, or in a text with several keys, still brings its rows
    keys = sorted({key for rule in phrase_rules() for key in rule.keys})
    filler = "Am Montag kam er nach einer langen Fahrt in der Stadt an. " * 20
    for rule in phrase_rules():
        for key in rule.keys:
            assert rule in phrase_candidates(f"{filler}{key} am Abend."), (rule.event_type, key)
    every = phrase_candidates(" ".join(keys))
    assert all(rule in every for rule in phrase_rules())
