"""The subject of a quote's own clause as its speaker (session 13: flows.quotes.extract._own_clause_speaker).

Each case is an invented sentence; the ``kept`` cases are the clauses the rule must leave to the existing search.
"""
from __future__ import annotations

import re

import pytest

from flows.quotes import extract_quotes
from flows.records import Doc, Mention


def named(text: str, surface: str, entity_type: str, name: str) -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, entity_type, f"e:{name}", name, "gazetteer", 1.0)


def speaker_of(text: str, words: str, *people: tuple) -> tuple[str | None, str | None]:
    mentions = tuple(sorted((named(text, *p) for p in people), key=lambda m: m.start))
    q = next(q for q in extract_quotes(Doc("t", text), mentions) if q.text == words)
    return q.speaker_text, q.speaker_name


PARTY = ("Die Grünen", "ORG", "Bündnis 90/Die Grünen")
LEADER = ("Anna Berg", "PER", "Anna Berg")


def test_a_clause_after_a_semicolon_has_its_own_subject():
    text = "Die Grünen lehnen das Gesetz ab; Fraktionschefin Anna Berg kündigte Widerstand „in jeder Instanz“ an."
    assert speaker_of(text, "in jeder Instanz", PARTY, LEADER) == ("Anna Berg", "Anna Berg")


def test_the_opening_subject_before_an_auxiliary_not_a_genitive_after_the_quote():
    text = "Der Landesrechnungshof hatte im Mai vor einer „gefährlichen Lücke“ der Landesfinanzen gewarnt."
    assert speaker_of(text, "gefährlichen Lücke", ("Landesrechnungshof", "ORG", "Landesrechnungshof")) \
        == ("Landesrechnungshof", "Landesrechnungshof")


def test_a_relative_clause_before_the_colon_speaks_through_its_subject():
    text = "Die Grünen forderten neue Radwege, was Anna Berg entschieden ablehnte: „Dafür fehlt uns das Geld.“"
    assert speaker_of(text, "Dafür fehlt uns das Geld.", PARTY, LEADER) == ("Anna Berg", "Anna Berg")


def test_a_relative_pronoun_as_subject_stands_for_the_noun_phrase_before_it():
    text = ("Beistand bekam Anna Berg auch von zwölf Bürgermeistern, die den Erlass in einem offenen Brief als "
            "„völlig verfehlt“ verurteilten.")
    assert speaker_of(text, "völlig verfehlt", LEADER) == ("die", None)


@pytest.mark.parametrize("text, words", [
    # a reported clause: its subject is what is spoken about
    ("Anna Berg sagte, die Lage sei „sehr ernst“.", "sehr ernst"),
    # the subject follows the verb (a pronoun): the noun phrase before it is the object
    ("Eine rasche Einigung hält sie für „ausgeschlossen“, sagte Anna Berg.", "ausgeschlossen"),
])
def test_kept(text, words):
    mentions = (named(text, *LEADER),)
    q = next(q for q in extract_quotes(Doc("t", text), mentions) if q.text == words)
    assert q.speaker_text is None or not re.match(r"(?i)die lage|eine rasche", q.speaker_text)


def test_an_unlinked_description_does_not_displace_the_linked_speaker_it_may_stand_for():
    text = "„Wir warten ab“, sagte Anna Berg. Der Hesse hatte den Plan stets als „unausgewogen“ kritisiert."
    assert speaker_of(text, "unausgewogen", LEADER)[1] == "Anna Berg"


def test_an_article_after_a_comma_opens_no_relative_clause():
    # "die Reform": "die" followed by a noun that names nobody is an article, not a relative pronoun
    text = "Anna Berg warf der Regierung vor, die Reform „auf dem Rücken der Jungen“ beschlossen zu haben."
    assert speaker_of(text, "auf dem Rücken der Jungen", LEADER)[1] == "Anna Berg"


def test_a_possessive_opens_the_subject_of_a_main_clause():
    # "ihr" before a noun is the possessive (flows.quotes.extract._possessive), not the dative pronoun
    text = "Die Gewerkschaft lehnt das Gesetz ab; ihr Sprecher kündigte Widerstand „in jeder Instanz“ an."
    assert speaker_of(text, "in jeder Instanz") == ("ihr Sprecher", None)


def test_a_dative_einer_after_a_relative_die_makes_it_the_pronoun():
    # RELATIVE_OBJECT_OPENERS: "die einer Zeitung …" is the relative pronoun with a dative object, no article
    text = "Anna Berg lobte die Helfer, die einer Zeitung den Einsatz als „Pflicht“ bezeichneten."
    assert speaker_of(text, "Pflicht", LEADER) == ("die", None)


def test_an_impersonal_man_after_the_verb_is_the_anonymous_speaker_not_the_object_before_it():
    # IMPERSONAL_PRONOUN: "man" is the subject of "hält", so the noun phrase opening the sentence is its object;
    # "man" names nobody, so the quote has no speaker to link
    text = "Anna Berg lud zum Gipfel. Ein schnelles Abkommen hält man im Rathaus für „vollkommen illusorisch“."
    assert speaker_of(text, "vollkommen illusorisch", LEADER) == ("man", None)


def test_a_dative_der_after_a_relative_die_makes_it_the_pronoun():
    # _oblique_der: "der Senatorin" (a feminine noun) is the dative object; the relative "die" is the subject
    text = "Rückhalt fand Anna Berg bei der Fraktion, die der Senatorin „grobe Fahrlässigkeit“ vorwarf."
    assert speaker_of(text, "grobe Fahrlässigkeit", LEADER) == ("die", None)


def test_der_with_a_masculine_noun_after_a_relative_die_still_opens_the_subject():
    # the other reading stays: "die" is the object, "der Stadtrat" the subject of the clause
    text = "Anna Berg verteidigte die Vorlage, die der Stadtrat „völlig verfehlt“ nannte."
    assert speaker_of(text, "völlig verfehlt", LEADER, ("Stadtrat", "ORG", "Stadtrat Celle"))[1] == "Stadtrat Celle"
