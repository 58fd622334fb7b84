"""Names cut short (session 17). A truncated-compound coordination inside a body's name (``mentions._coordinated_body``):
the part cut by a hyphen, und/oder and the compound with the body's head noun are one name, with an adjective before it
and a regional place after it. A listed body whose name has a lower-case word (``Caritas international``,
``data/organisations.txt``). Sentences invented for these tests."""
from __future__ import annotations

from datetime import date

from tests.conftest import mention_triples

DAY = date(2026, 2, 3)


def test_an_adjective_and_a_coordination_after_an_article_at_the_start():
    text = "Der Thüringische Städte- und Gemeindetag forderte am Dienstag mehr Geld für Schulen."
    assert ("Thüringische Städte- und Gemeindetag", "Thüringischer Städte- und Gemeindetag", "ORG") in mention_triples(text, DAY)


def test_a_hyphenated_adjective_opens_the_coordinated_chamber():
    text = "Nach Angaben der Deutsch-Chilenischen Industrie- und Handelskammer wächst der Handel."
    assert ("Deutsch-Chilenischen Industrie- und Handelskammer", "Deutsch-Chilenische Industrie- und Handelskammer",
            "ORG") in mention_triples(text, DAY)


def test_an_association_without_adjective_and_its_region():
    text = "Am Montag kritisierte der Hotel- und Gaststättenverband Sachsen die neuen Regeln."
    assert ("Hotel- und Gaststättenverband Sachsen", "Hotel- und Gaststättenverband Sachsen", "ORG") in mention_triples(text, DAY)


def test_a_class_noun_before_a_name_is_no_name_of_its_own():
    text = "Das bestätigte die Wirtschaftsprüfungs- und Beratungsgesellschaft Kremer & Lund am Freitag."
    assert not any(span.startswith("Wirtschaftsprüfungs") for span, _, _ in mention_triples(text, DAY))


def test_a_field_and_two_bodies_are_no_coordinated_name():
    text = "Die Kinder- und Jugendhilfe ist überlastet, klagen Wirtschafts- und Arbeiterkammer."
    spans = [span for span, _, _ in mention_triples(text, DAY)]
    assert "Kinder- und Jugendhilfe" not in spans and "Wirtschafts- und Arbeiterkammer" not in spans


def test_a_listed_name_with_a_lower_case_word_is_not_cut_at_it():
    text = "Die Hilfsgelder verteilt Caritas international gemeinsam mit Partnern vor Ort."
    assert ("Caritas international", "Caritas international", "ORG") in mention_triples(text, DAY)
