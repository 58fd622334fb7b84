"""Session 11, second half: references on new text (tune14, tune15) - professions, rulers, titled office-holders."""
from __future__ import annotations

from datetime import date

import pytest

from flows.names import resolve
from tests.conftest import mention_triples


def test_a_role_noun_is_the_person_introduced_with_that_title_before_the_holder_of_a_named_country():
    text = ("Regierungschef Nikol Paschinjan empfing in Jerewan die Delegation. " + "Es ging um die Grenze. " * 25
            + "Russland schwieg dazu. Die Opposition wirft dem Regierungschef vor, das Land zu verraten.")
    assert ("dem Regierungschef", "Nikol Paschinjan", "PER") in mention_triples(text, date(2026, 4, 22))


def test_the_ruler_is_the_one_introduced_as_machthaber():
    text = "Machthaber Kim Jong Un besuchte eine Werft. Die Staatszeitung zeigte den Machthaber mit Offizieren."
    assert ("den Machthaber", "Kim Jong Un", "PER") in mention_triples(text, date(2025, 10, 15))


def test_the_ruler_of_a_named_country_is_its_listed_machthaber():
    # roles.txt: Kim Jong Un is Nordkorea's Machthaber even when the article does not introduce him
    text = "Nordkorea testete erneut Raketen. Die Staatsmedien zeigten den Machthaber mit Offizieren."
    assert ("den Machthaber", "Kim Jong Un", "PER") in mention_triples(text, date(2025, 10, 15))


@pytest.mark.parametrize("text, span, person", [
    ("„Das Urteil hält nicht“, sagte Jonas Pelzer, der die Familie vertritt. Der Anwalt kündigte Berufung an.",
     "Der Anwalt", "Jonas Pelzer"),
    ("„Das Urteil hält nicht“, sagte Jonas Pelzer, der die Familie vertritt. Der Rechtsanwalt kündigte Berufung an.",
     "Der Rechtsanwalt", "Jonas Pelzer"),
    # feminine forms with an umlaut or without the -e, an unlisted woman the only person named before
    ("„Uns fehlen Medikamente“, sagte Ruth Amsel von der Hilfsorganisation Medica Nord. Die Ärztin bat um Spenden.",
     "Die Ärztin", "Ruth Amsel"),
    ("Die Raketen reichen weiter als bisher, sagte Tamara Lindqvist vom Friedensinstitut. Das sei neu, sagte die Expertin.",
     "die Expertin", "Tamara Lindqvist"),
    # a prosecutor introduced by title (the umlaut of -anwältin)
    ("Die Bande sei gut organisiert, sagte Oberstaatsanwältin Greta Imhof. Es gebe weitere Verdächtige, sagte die "
     "Oberstaatsanwältin.", "die Oberstaatsanwältin", "Greta Imhof"),
])
def test_a_profession_noun_refers_to_the_person_named_before(text, span, person):
    assert (span, person, "PER") in mention_triples(text, date(2025, 10, 15))


def test_a_prosecutor_is_not_the_accused_named_before():
    found = mention_triples("Der Angeklagte Paul Wendt schwieg vor Gericht. Der Staatsanwalt forderte drei Jahre Haft.",
                            date(2025, 10, 15))
    assert not any(span == "Der Staatsanwalt" and person == "Paul Wendt" for span, person, _ in found)


def test_a_feminine_profession_noun_does_not_take_an_unlisted_person_when_two_were_named():
    found = mention_triples("Jonas Pelzer und Ruth Amsel stritten. Die Ärztin bat um Ruhe.", date(2025, 10, 15))
    assert not any(span == "Die Ärztin" and person == "Jonas Pelzer" for span, person, _ in found)


@pytest.mark.parametrize("text, span, canonical", [
    ("Vor dem Reichstag protestierten am Samstag Hunderte Lehrer.", "Reichstag", "Reichstagsgebäude"),
    ("Auf Kinmen übten die Soldaten den Ernstfall.", "Kinmen", "Kinmen"),
])
def test_places_of_new_text(text, span, canonical):
    assert (span, canonical, "LOC") in mention_triples(text, date(2025, 10, 15))


@pytest.mark.parametrize("query", ["BDI", "Bundesverband der Deutschen Industrie", "Bundesverbands der Deutschen Industrie"])
def test_the_industry_federation_is_named_in_its_long_form_like_the_other_associations(query):
    assert resolve(query).name == "Bundesverband der Deutschen Industrie"
