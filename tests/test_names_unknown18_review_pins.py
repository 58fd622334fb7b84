"""Review pins (session 18, review P) of 81d5f49's rules for invented persons: guards and data rows no test of
tests/test_names_unknown18.py fails without. Every name and sentence is invented."""
import pytest

from tests.conftest import mention_triples
from tests.test_names_unknown18 import DAY


def test_an_arabic_particle_as_the_third_name_word_before_a_verb_ends_no_name():
    # _titled_double_surname: a particle ('Al') before the verb is no second surname word
    text = "Es sprach Botschafter Mohammed bin Salem Al erklärte dann."
    spans = [span for span, _, kind in mention_triples(text, DAY) if kind == "PER"]
    assert spans and not any(span.endswith(" Al") for span in spans)


def test_a_two_letter_third_word_before_a_verb_is_no_second_surname():
    text = "Am Montag sprach Richterin Anna Vogt Li dann lange."
    spans = [span for span, _, kind in mention_triples(text, DAY) if kind == "PER"]
    assert "Anna Vogt" in spans and "Anna Vogt Li" not in spans


@pytest.mark.parametrize("given", ["Niamh", "Ilyas", "Henrike", "Ansgar", "Hatice"])
def test_a_given_name_added_this_pass_before_an_abbreviated_surname(given: str):
    text = f"Vor Gericht schwieg {given} T. am Montag."
    assert (f"{given} T.", f"{given} T.", "PER") in mention_triples(text, DAY)


def test_a_capital_letter_glued_to_the_word_before_opens_no_name():
    # _leading_initial: a letter right after a word or bracket is that word's end, not an initial
    spans = [span for span, _, kind in mention_triples("Gemeint ist Anlage(B. Anna Weber) hier.", DAY) if kind == "PER"]
    assert spans == ["Anna Weber"]


def test_a_later_particled_surname_in_the_s_genitive_keeps_its_particle():
    # _bare: the particle run before 'Morsheims' is matched without the genitive -s
    text = "Geladen war Albrecht von Morsheim. Von Morsheims Anwalt schwieg."
    found = mention_triples(text, DAY)
    assert ("Von Morsheims", "Albrecht von Morsheim", "PER") in found
