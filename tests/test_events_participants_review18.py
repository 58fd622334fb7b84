"""Review 18 fixes in flows/events/participants.py: outputs a reviewer found wrong in session 18's participant rules.

Each sentence is the reviewer's or an invented variant; each fails before its fix (guards say so).
"""
from tests.test_events_participants import mention, roles


def _people(text: str, *names: str):
    return [mention(text, n, n, "PER") for n in names]


def test_gegen_with_a_clock_time_is_no_opposing_phrase():
    text = "Am Montag unterzeichneten gegen 14 Uhr Vogt und Lang das Abkommen."
    assert roles(text, "unterzeichneten", _people(text, "Vogt", "Lang")) == ({"Vogt", "Lang"}, set())


def test_gegen_with_a_time_of_day_is_no_opposing_phrase():
    text = "Am Dienstag unterzeichneten gegen Mittag Vogt und Lang das Abkommen."
    assert roles(text, "unterzeichneten", _people(text, "Vogt", "Lang")) == ({"Vogt", "Lang"}, set())


def test_gegen_with_the_end_of_a_period_is_no_opposing_phrase():
    text = "Die Gespräche sollen gegen Ende der Woche Vogt und Lang fortsetzen."
    assert roles(text, "Gespräche", _people(text, "Vogt", "Lang")) == ({"Vogt", "Lang"}, set())


def test_gegen_with_a_figure_is_about_not_against():
    text = "In Kassel demonstrierten am Samstag gegen 500 Anhänger der Partei Neue Mitte."
    ms = [mention(text, "Kassel", "Kassel"), mention(text, "Neue Mitte", "Neue Mitte", "ORG")]
    assert roles(text, "demonstrierten", ms) == ({"Neue Mitte"}, set())


def test_the_votes_against_a_decision_are_no_target():
    text = "Der Landtag beschloss das Gesetz gegen die Stimmen der AfD."
    ms = [mention(text, "Landtag", "Landtag", "ORG"), mention(text, "AfD", "AfD", "ORG")]
    assert roles(text, "beschloss", ms) == ({"Landtag"}, set())


def test_guard_gegen_with_a_spelled_number_of_people_stays_a_target():
    text = "Die Polizei ermittelte gegen fünf mutmaßliche Mitglieder der Gruppe Nordwall."
    ms = [mention(text, "Polizei", "Polizei", "ORG"), mention(text, "Nordwall", "Nordwall", "ORG")]
    assert "Nordwall" in roles(text, "ermittelte", ms)[1]


def test_er_after_the_verb_takes_the_previous_subject_not_the_latest_man():
    text = "Karl Vogt traf Jan Lang. Eine Zusammenarbeit mit der Opposition lehnte er ab."
    assert roles(text, "lehnte", _people(text, "Karl Vogt", "Jan Lang"))[0] == {"Karl Vogt"}


def test_er_after_the_verb_takes_a_masculine_body_that_opened_the_previous_sentence():
    text = "Der Verband Nordmetall kritisierte Minister Karl Vogt scharf. Eine Einigung über die Löhne lehnte er ab."
    ms = [mention(text, "Nordmetall", "Nordmetall", "ORG"), mention(text, "Karl Vogt", "Karl Vogt", "PER")]
    assert roles(text, "lehnte", ms)[0] == {"Nordmetall"}


def test_guard_er_skips_a_feminine_body_that_opened_the_previous_sentence():
    text = "Die Gewerkschaft Nordwerk kritisierte Minister Karl Vogt scharf. Eine Einigung über die Löhne lehnte er ab."
    ms = [mention(text, "Nordwerk", "Nordwerk", "ORG"), mention(text, "Karl Vogt", "Karl Vogt", "PER")]
    assert roles(text, "lehnte", ms)[0] == {"Karl Vogt"}


def test_demand_after_a_colon_with_a_capitalised_article_names_its_target():
    text = "Lena Brandt forderte: Die Kommission müsse mehr tun."
    ms = [mention(text, "Lena Brandt", "Lena Brandt", "PER"), mention(text, "Kommission", "Kommission", "ORG")]
    assert roles(text, "forderte", ms) == ({"Lena Brandt"}, {"Kommission"})
