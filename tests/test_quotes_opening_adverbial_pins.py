"""Review 17 Q: pins for 61489b0 (the finite verb in -e after an opening adverbial, a subordinate clause or an
apposition is Konjunktiv I: ``_opening_adverbial_end``, :data:`OPENING_PREPOSITIONS`, :data:`OPENING_ADVERBS`,
:data:`INVERTED_SUBJECT_OPENERS`, :data:`APPOSITION_WORDS`, ``_e_verb``). Each test fails when one list entry, limit
or guard is taken out. The sentences go after a quote, so a Konjunktiv goes on reporting it. Invented sentences."""
from __future__ import annotations

import pytest

from flows.quotes import extract_quotes
from flows.quotes.extract import _reported_mood, _second_place_konjunktiv, tokenize
from flows.records import Doc
from tests.test_quotes_bare_body_nouns import named

QUOTE = "„Wir sparen, wo wir können“, sagte Eva Roth am Montag. "


def _continued(sentence: str) -> bool:
    text = QUOTE + sentence
    quotes = extract_quotes(Doc("t", text), (named(text, "Eva Roth", "PER", "Eva Roth"),))
    return [(q.text, q.speaker_name) for q in quotes if q.start >= len(QUOTE)] == [(sentence.rstrip("."), "Eva Roth")]


@pytest.mark.parametrize("opening", [
    "Gegen den Willen der Mieter", "Durch die neuen Regeln", "Unter diesen Umständen", "Seit dem Sommer",
    "Trotz der Krise", "Wegen des Streiks", "Angesichts der Lage", "Neben dem Bund", "Hinter dem Plan",
    "Zwischen den Parteien", "Bis Ende Mai",
])
def test_each_opening_preposition_opens_an_adverbial(opening: str) -> None:
    assert _continued(f"{opening} dagegen spare die Firma viel Geld.")


@pytest.mark.parametrize("sentence", [
    "Zu Beginn der Saison dagegen spare die Firma viel Geld.",  # a genitive with der
    "Am Ende des Jahres dagegen spare die Firma viel Geld.",  # a genitive with des
    "Zu Beginn der neuen Saison dagegen spare die Firma viel Geld.",  # an adjective in the genitive
])
def test_a_genitive_belongs_to_the_opening_adverbial(sentence: str) -> None:
    assert _continued(sentence)


@pytest.mark.parametrize("sentence", [
    "Wer das Gesetz breche, riskiere eine hohe Strafe.",
    "Was die Firma plane, gefährde die Arbeitsplätze.",
    "Wo die Stadt spare, leide die Qualität.",
    "Ob die Firma spare, entscheide der Vorstand.",
])
def test_each_opening_subordinator_opens_a_clause(sentence: str) -> None:
    assert _second_place_konjunktiv(tokenize(sentence)) == "k1"


@pytest.mark.parametrize("sentence", [
    "Schon lange warne die Partei vor Hektik.",  # an adverb of NOT_KONJUNKTIV between
    "Schon heute dagegen spare die Firma viel Geld.",  # two adverbs between (OPENING_ADVERBS)
    "Schon heute spare er viel Geld.",  # a pronoun as the subject (INVERTED_SUBJECT_OPENERS)
    "Schon heute spare sie viel Geld.",
    "Schon heute spare man viel Geld.",
])
def test_the_inverted_verb_after_adverbs_is_read(sentence: str) -> None:
    assert _continued(sentence)


@pytest.mark.parametrize("sentence", [
    "Die sogenannte „Sparwende“, ein Kompromiss der Koalition, verletze das Recht.",  # a name in quotation marks
    "Die Firma, ein kleiner Familienbetrieb aus einem Dorf im Süden von Bayern, spare viel Geld.",  # ten words
])
def test_the_verb_after_an_apposition_is_read(sentence: str) -> None:
    assert _continued(sentence)


@pytest.mark.parametrize("sentence", [
    # a comma further than APPOSITION_WORDS ends no apposition: ``kleine`` is no verb
    "Die Stadt, der Kreis und alle Gemeinden des Landes haben seit vielen Jahren viel Geld für Schulen, kleine und"
    " große, ausgegeben.",
    # only a noun phrase opened by a determiner takes an apposition: a list of bare nouns does not
    "Äpfel, Birnen, frische und getrocknete Kräuter kommen vom Hof.",
    # _e_verb: a capitalised word in -e is no verb, nor a long adverb in -weise
    "Das Unternehmen Linde und die Stadt streiten seit Jahren.",
    "Die Stadt beispielsweise will sparen.",
])
def test_no_konjunktiv_is_read_where_no_verb_stands(sentence: str) -> None:
    assert _reported_mood(tokenize(sentence)) is None
    assert not _continued(sentence)
