"""Which date an event takes (flows.events.extract), pinned by a sentence per rule (issue 5)."""
from datetime import date

from flows.events import extract_events, find_dates
from flows.records import Doc
from tests.test_events import THURSDAY, events


def dates_of(text: str, published: date) -> dict[str, tuple[str | None, date | None]]:
    return {e.trigger: (e.date_text, e.date) for e in extract_events(Doc("a", text, published), [])}


def test_a_start_day_after_an_announcing_verb_is_the_announced_measures():
    found = dates_of("Der Milizchef kündigte eine einseitige Waffenruhe ab dem kommenden Montag an.",
                     date(2026, 4, 15))
    assert found["kündigte"] == (None, None)


def test_a_present_state_is_not_dated_by_the_speech_cue_of_the_next_sentence():
    text = ("Ein Treffen mit der Opposition lehnt sie bislang ab. „Die Menschen haben frei entschieden“, "
            "sagte die Präsidentin am Dienstag.")
    assert dates_of(text, date(2025, 10, 1))["lehnt"] == (None, None)


def test_a_pronoun_subject_goes_on_with_the_day_of_the_sentence_before():
    text = ("„Das Modell funktioniert“, sagte Meloni am Mittwoch in Rom. Sie warf der EU-Kommission vor, "
            "Italien allein zu lassen.")
    assert dates_of(text, date(2026, 10, 29))["warf"] == ("am Mittwoch", date(2026, 10, 28))


def test_a_possible_event_takes_no_past_day_of_the_speech_act_about_it():
    found = dates_of("Die EU drohte Tiflis gestern mit der Aussetzung der Visafreiheit.", date(2025, 10, 1))
    assert found["Aussetzung"] == (None, None)


def test_the_day_of_a_report_does_not_date_what_it_reports():
    found = dates_of("Deutschland will der Ukraine zwei weitere Systeme liefern, wie das Ministerium am Freitag "
                     "mitteilte.", date(2025, 10, 17))
    assert found["liefern"] == (None, None)
    found = dates_of("Pakistan habe das Feuer zuerst eröffnet, sagte der Armeesprecher gestern in Srinagar.",
                     date(2026, 7, 9))
    assert found["eröffnet"] == (None, None)


def test_the_outcome_of_talks_told_after_them_is_of_their_day():
    text = ("In der Nacht zum Donnerstag berieten die Spitzen von Union und SPD im Kanzleramt. "
            "Teilnehmern zufolge gab es am Ende keine Einigung.")
    assert dates_of(text, date(2025, 11, 14))["Einigung"] == ("In der Nacht zum Donnerstag", date(2025, 11, 13))
    # a hoped-for outcome is not dated by the talks
    text = "Die Minister berieten am Dienstag. Eine Einigung sei in greifbarer Nähe."
    assert dates_of(text, date(2025, 11, 14))["Einigung"] == (None, None)


def test_a_leading_report_dates_the_news():
    text = ("Davos – Wie das Departement am Dienstagabend mitteilte, haben sich die Schweiz und die USA auf ein "
            "Abkommen verständigt.")
    assert dates_of(text, date(2026, 1, 21))["verständigt"] == ("am Dienstagabend", date(2026, 1, 20))


def test_an_attack_told_over_two_sentences_keeps_its_day():
    text = ("In der Nacht zum Donnerstag griffen Kämpfer einen Stützpunkt an. Die Angreifer hätten zudem mehrere "
            "Tanklaster in Brand gesetzt.")
    assert dates_of(text, date(2025, 11, 20))["in Brand gesetzt"] == ("In der Nacht zum Donnerstag", date(2025, 11, 20))
    # the dead counted after it keep none
    text = "In der Nacht zum Donnerstag griffen Kämpfer einen Stützpunkt an. Dabei wurden vier Soldaten getötet."
    assert dates_of(text, date(2025, 11, 20))["getötet"] == (None, None)


def test_vote_breakdown_takes_the_day_of_the_vote() -> None:
    text = ("Der Ausschuss hat am Mittwoch das Paket gebilligt. Es ist das größte seit Jahren. Die Grünen "
            "enthielten sich, CDU und FDP stimmten dagegen.")
    by_trigger = {e.trigger: e for e in events(text)}
    assert by_trigger["stimmten"].date == date(2026, 1, 7)
    assert by_trigger["enthielten sich"].date == date(2026, 1, 7)


def test_a_year_after_fuer_is_what_a_thing_is_for():
    text = "Der Landtag hat am Donnerstag den Haushalt für 2026 und 2027 beschlossen."
    assert [d.role for d in find_dates(text, THURSDAY) if d.precision == "year"] == ["target", "target"]
    event = next(e for e in events(text) if e.trigger == "beschlossen")
    assert event.date == THURSDAY


def test_a_vote_breakdown_with_an_adverb_takes_the_vote_day():
    text = ("Der Landtag hat am Dienstag den Etat gebilligt. Die Grünen enthielten sich. "
            "Die AfD stimmte geschlossen gegen den Etat.")
    event = next(e for e in events(text) if e.trigger == "stimmte")
    assert event.date == date(2026, 1, 6)


def test_police_action_takes_the_day_of_the_protest_three_sentences_before():
    text = ("In Berlin kam es am Dienstagmittag vor dem Rathaus zu Rangeleien. Unbekannte warfen Flaschen. "
            "Zwei Beamte wurden leicht verletzt. Die Polizei nahm drei Personen fest.")
    event = next(e for e in events(text) if e.trigger == "nahm")
    assert event.date == date(2026, 1, 6)


def test_a_day_in_a_relative_clause_on_a_person_dates_that_clause_only():
    text = ("Die Ministerin, die am Freitag in Brüssel erwartet wird, kündigte an, das Land werde seine Hilfe für "
            "die Flüchtlinge aufstocken.")
    assert dates_of(text, date(2026, 4, 15))["aufstocken"] == (None, None)
    # a noun's event may be what the clause is about
    text = "Beide Delegationen vereinbarten neue Gespräche, die am kommenden Montag in Genf stattfinden sollen."
    assert dates_of(text, date(2026, 4, 15))["Gespräche"] == ("am kommenden Montag", date(2026, 4, 20))
    # a relative clause an apposition interrupts goes on to hold the trigger: its day is the trigger's
    text = "Die Familie, der im Jahr 2024, also vor der Reform, die Beihilfe verweigert worden war, klagte."
    assert dates_of(text, date(2026, 4, 15))["verweigert"][0] == "im Jahr 2024"
    # only a comma opens a relative clause: after a semicolon "die meisten …" is a main clause sharing the day
    text = "Die Gewerkschaft legte die Arbeit nieder; die meisten Beschäftigten blieben am Montag daheim."
    assert dates_of(text, date(2026, 4, 15))["legte"] == ("am Montag", date(2026, 4, 13))
