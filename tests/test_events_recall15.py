"""Event rows and rules of the fifteenth pass (issue 5), each on a short sentence written for this test."""
from datetime import date

import pytest

from flows.events import extract_events, find_dates
from flows.events.lexicon import phrase_keys
from flows.records import Doc
from tests.test_events import mention
from tests.test_events_lexicon_recall13 import THURSDAY, found


def typed_modes(text: str) -> set[tuple[str, str, str]]:
    return {(e.event_type, e.trigger, e.mode) for e in extract_events(Doc("t", text, THURSDAY))}


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
    assert found(text).get(trigger) == event_type


@pytest.mark.parametrize("text", [
    # after an opener the name after the verb is the one who warns
    "Zugleich warnte Moskau vor einer Eskalation.",
    "Am Montag warnte Dupont vor neuen Schulden.",
])
def test_warning_without_addressee(text):
    assert "warnte" not in found(text)


def test_announcing_verb_after_a_reported_plan_is_a_speech_tag():
    # the plan is the event; "kündigte … an" with adjuncts after it only says who said so
    text = "Die Stadt werde beim Verwaltungsgericht klagen, kündigte der Bürgermeister am Abend in Linz an."
    assert "kündigte" not in found(text)
    # a clause of its own before the verb leaves the announcement
    assert found("Nachdem die Gespräche gescheitert waren, kündigte die Gewerkschaft einen Streik an.")["kündigte"] \
        == "ANNOUNCE"


def test_a_union_is_no_agreement():
    assert "Bundesvereinigung" not in found("Das sagte der Chef der Bundesvereinigung der Arbeitgeberverbände.")
    assert found("Beide Seiten erzielten eine Einigung.")["Einigung"] == "AGREE"


def test_a_year_after_fuer_is_what_a_thing_is_for():
    text = "Der Landtag hat am Donnerstag den Haushalt für 2026 und 2027 beschlossen."
    assert [d.role for d in find_dates(text, THURSDAY) if d.precision == "year"] == ["target", "target"]
    event = next(e for e in extract_events(Doc("t", text, THURSDAY)) if e.trigger == "beschlossen")
    assert event.date == THURSDAY


def test_a_vote_breakdown_with_an_adverb_takes_the_vote_day():
    text = ("Der Landtag hat am Dienstag den Etat gebilligt. Die Grünen enthielten sich. "
            "Die AfD stimmte geschlossen gegen den Etat.")
    event = next(e for e in extract_events(Doc("t", text, THURSDAY)) if e.trigger == "stimmte")
    assert event.date == date(2026, 1, 6)


def test_police_action_takes_the_day_of_the_protest_three_sentences_before():
    text = ("In Berlin kam es am Dienstagmittag vor dem Rathaus zu Rangeleien. Unbekannte warfen Flaschen. "
            "Zwei Beamte wurden leicht verletzt. Die Polizei nahm drei Personen fest.")
    event = next(e for e in extract_events(Doc("t", text, THURSDAY)) if e.trigger == "nahm")
    assert event.date == date(2026, 1, 6)


@pytest.mark.parametrize(("text", "caller", "kind", "event_type"), [
    # a person's call to protest appeals to people; an organisation's mobilises its members
    ("Oppositionsführer Levan Gelaschwili rief für den Abend zu Kundgebungen auf.", "Levan Gelaschwili", "PER",
     "REQUEST"),
    ("Die Gewerkschaft Verdi rief für Dienstag zu einer Kundgebung auf.", "Verdi", "ORG", "MOBILIZE"),
])
def test_a_persons_call_to_protest_is_a_request(text, caller, kind, event_type):
    doc = Doc("t", text, THURSDAY)
    events = {e.trigger: e.event_type for e in extract_events(doc, [mention(text, caller, caller, kind)])}
    assert events["rief"] == event_type


def test_provided_relief_is_realized_and_a_comment_withheld_is_no_vote():
    assert ("AID", "stellten", "realized") in typed_modes("Die Helfer stellten im Lager Zelte und Decken bereit.")
    assert not found("Der Sprecher enthielt sich eines Kommentars.")


def test_a_cause_is_no_deportation():
    assert not found("Der Zuwachs ist vor allem auf Migranten aus Syrien zurückzuführen.")


def test_a_refusal_ends_at_the_conjunct_after_its_particle():
    text = "Die Gewerkschaft brach die Gespräche ab und kündigte eine Urabstimmung an."
    assert ("OTHER", "Urabstimmung", "intended") in typed_modes(text)


def test_a_fronted_infinitive_of_agreeing_with_a_fronted_negation():
    text = "Nicht einigen konnten sich die Minister auf eine gemeinsame Linie."
    assert ("AGREE", "einigen konnten sich", "negated") in typed_modes(text)
    assert ("COOPERATE", "kooperieren", "hypothetical") in typed_modes(
        "Die EU muss mit den Nicht-EU-Staaten besser kooperieren.")


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
