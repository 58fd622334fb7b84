"""Review 16: wrong outputs a reviewer found in session 16's participant rules, each fixed and pinned on an invented
sentence (a body that reports an arrest is not its agent, 456f300)."""
import dataclasses

import pytest

from tests.test_events_participants import indirect_to_first_comma, mention, roles


def _reported(text: str, speaker: str, name: str, entity_id: str, trigger: str, mentions=()):
    quote = indirect_to_first_comma(text, speaker, name, entity_id)
    start = text.index(speaker)
    quote = dataclasses.replace(quote, speaker_start=start, speaker_end=start + len(speaker))
    return roles(text, trigger, list(mentions), [quote])


@pytest.mark.parametrize("text, speaker, name, trigger", [
    # a party protesting its leader's arrest, a rights group, a foreign ministry: none of them can arrest
    ("Ihr Vorsitzender sei ohne Grund festgenommen worden, erklärte die Partei Nord.", "die Partei Nord",
     "Partei Nord", "festgenommen"),
    ("Dutzende Reporter seien inhaftiert worden, teilte die Hilfsorganisation Nordhilfe mit.",
     "die Hilfsorganisation Nordhilfe", "Nordhilfe", "inhaftiert"),
    ("Ein Urlauber sei in der Hauptstadt festgenommen worden, teilte das Auswärtige Amt mit.", "das Auswärtige Amt",
     "Auswärtiges Amt", "festgenommen"),
    # an outlet named without an outlet word
    ("Am Morgen seien vier Männer festgenommen worden, meldete Nordpress.", "Nordpress", "Nordpress", "festgenommen"),
])
def test_a_body_that_only_reports_or_protests_an_arrest_is_not_its_agent(text, speaker, name, trigger):
    assert _reported(text, speaker, name, "org:x", trigger)[0] == set()


def test_an_agent_named_without_a_linked_name_blocks_the_reporting_body():
    text = "Die Männer seien von Soldaten festgenommen worden, teilte die Polizei Nord mit."
    assert _reported(text, "die Polizei Nord", "Polizei Nord", "org:polizei-nord", "festgenommen")[0] == set()


def test_a_government_reporting_an_arrest_in_another_state_is_not_its_agent():
    text = "Ein Deutscher sei in Teheran festgenommen worden, teilte die Bundesregierung mit."
    ms = [mention(text, "Teheran", "Teheran")]
    assert "Deutschland" not in _reported(text, "die Bundesregierung", "Bundesregierung", "org:bundesregierung",
                                          "festgenommen", ms)[0]


@pytest.mark.parametrize("text, speaker, name, actor", [
    # the guards: police and prosecutors still did what they report, and a time after "von" is no agent
    ("Die Männer seien am Morgen festgenommen worden, teilte die Polizei Nord mit.", "die Polizei Nord",
     "Polizei Nord", "Polizei Nord"),
    ("Die Männer seien von Montag an festgenommen worden, teilte die Staatsanwaltschaft Süd mit.",
     "die Staatsanwaltschaft Süd", "Staatsanwaltschaft Süd", "Staatsanwaltschaft Süd"),
])
def test_an_enforcing_body_reporting_an_arrest_in_the_passive_still_made_it(text, speaker, name, actor):
    assert _reported(text, speaker, name, "org:x", "festgenommen")[0] == {actor}


# forces named by nationality in the genitive of what an attack hits are its target (ee0d9b1)
@pytest.mark.parametrize("text, trigger", [
    ("Die Armee griff am Montag Stellungen russischer Truppen an.", "griff"),
    ("Drohnen attackierten einen Konvoi russischer Soldaten.", "attackierten"),
    ("In der Nacht beschoss die Marine einen Stützpunkt der russischen Armee.", "beschoss"),
    ("Die Ukraine meldete Angriffe auf Stellungen russischer Truppen.", "Angriffe"),
])
def test_forces_in_the_genitive_of_what_an_attack_hits_are_its_target(text, trigger):
    actors, targets = roles(text, trigger)
    assert "Russland" not in actors and "Russland" in targets


@pytest.mark.parametrize("text, trigger", [
    ("Am Montag griffen Tausende russischer Soldaten die Stadt an.", "griffen"),  # a number, not an object
    ("In der Nacht griffen Einheiten der russischen Armee die Stadt an.", "griffen"),  # a noun of forces
    ("Am Dienstag rückten russische Truppen vor.", "rückten"),  # a weekday before the subject
])
def test_forces_after_a_number_or_a_noun_of_forces_still_act(text, trigger):
    assert "Russland" in roles(text, trigger)[0]


# the place a visitor is expected in (456f300)
def _expected(text: str, places):
    ms = [mention(text, "Lena Hofer", "Lena Hofer", "PER")] + [mention(text, p, p) for p in places]
    return roles(text, "erwartet", ms)


def test_the_place_a_visitor_is_expected_in_is_the_last_one_before_erwartet():
    text = "Lena Hofer wird nach ihrem Besuch in Kairo am Montag in Berlin erwartet."
    assert _expected(text, ["Kairo", "Berlin"]) == ({"Lena Hofer"}, {"Deutschland"})
    text = "Lena Hofer wird nach Gesprächen in Paris am Freitag in Kairo erwartet."
    assert _expected(text, ["Paris", "Kairo"]) == ({"Lena Hofer"}, {"Ägypten"})


def test_a_visitor_expected_in_the_only_place_named_still_meets_its_state():
    assert _expected("Lena Hofer wird am Montag in Kairo erwartet.", ["Kairo"]) == ({"Lena Hofer"}, {"Ägypten"})
