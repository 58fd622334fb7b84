"""Pins for the parts of the own-clause speaker rule (96c9597, flows.quotes.extract._own_clause_speaker) that the
commit's own tests (tests/test_quotes_own_clause.py) left free: each case fails when one part is removed.

Every sentence is invented; no mention is linked unless a case says so.
"""
from __future__ import annotations

import pytest

from flows.quotes import extract_quotes
from flows.records import Doc, Mention

RADWEGE = "Die Grünen forderten neue Radwege, was {} {}: „Dafür fehlt uns das Geld.“"


def speaker_of(text: str, words: str) -> str | None:
    q = next(q for q in extract_quotes(Doc("t", text), ()) if q.text == words)
    return q.speaker_text


@pytest.mark.parametrize("subject", [
    "der Bürgermeister", "die Bürgermeisterin", "das Rathaus", "ein Sprecher der Stadt", "eine Sprecherin der Stadt",
])
def test_every_nominative_article_opens_the_subject_of_a_relative_clause(subject):
    # NOMINATIVE_OPENERS: each of der/die/das/ein/eine, right after "was", opens the clause's subject
    assert speaker_of(RADWEGE.format(subject, "ablehnte"), "Dafür fehlt uns das Geld.") == subject


@pytest.mark.parametrize("verb", ["ablehnte", "abwies"])
def test_a_joined_stance_verb_the_cue_table_lacks_makes_the_relative_clause_a_speech_act(verb):
    # STANCE_VERB_PARTS "lehnt" (ablehnte) and "wies" (abwies): neither joined form is a cue verb
    assert speaker_of(RADWEGE.format("der Bürgermeister", verb), "Dafür fehlt uns das Geld.") == "der Bürgermeister"


def test_an_unlinked_subject_displaces_an_unlinked_speaker():
    # the guard keeps only a *linked* speaker: an unlinked one found by the search gives way to the clause's subject
    text = "Die Gewerkschaft lehnt das Gesetz ab; ein Sprecher kündigte Widerstand „in jeder Instanz“ an."
    assert speaker_of(text, "in jeder Instanz") == "ein Sprecher"


def test_a_leading_focus_particle_is_passed_to_reach_the_subject():
    # LEADING_ADVERBS: "auch" before the subject; without the skip the clause opens with no noun phrase
    text = "Die Gewerkschaft lehnt das Gesetz ab; auch ein Sprecher des Verbands kündigte Widerstand „in jeder Instanz“ an."
    assert speaker_of(text, "in jeder Instanz") == "ein Sprecher des Verbands"


def test_a_lowercase_article_after_a_semicolon_opens_a_main_clause_not_a_relative_one():
    # the relative branch needs a comma before the pronoun: "; die Sprecher kündigten …" is a main clause
    text = "Die Gewerkschaft lehnt das Gesetz ab; die Sprecher kündigten Widerstand „in jeder Instanz“ an."
    assert speaker_of(text, "in jeder Instanz") == "die Sprecher"


def test_a_dative_noun_phrase_before_the_verb_is_no_subject():
    # _is_object_np: "der alten Regierung" (der + adjective in -en) is a dative object; the subject follows the verb
    text = "Die Gewerkschaft lehnt das Gesetz ab; der alten Regierung warf ein Sprecher „völlige Planlosigkeit“ vor."
    assert speaker_of(text, "völlige Planlosigkeit") != "der alten Regierung"


def test_a_relative_clause_without_a_cue_or_stance_verb_gives_no_subject():
    # the verb check of the relative branch: "pflegen" tells no speech act, so the linked speaker stays
    text = "Anna Berg lobte die Bürger, die den Park „jeden Tag“ pflegen."
    mention = Mention(0, 9, "Anna Berg", "PER", "e:Anna Berg", "Anna Berg", "gazetteer", 1.0)
    q = next(q for q in extract_quotes(Doc("t", text), (mention,)) if q.text == "jeden Tag")
    assert q.speaker_name == "Anna Berg"


def test_a_cue_verb_without_a_stance_part_opens_the_relative_clause():
    # the cue verb alternative of the relative branch ("bezeichneten" holds no STANCE_VERB_PARTS)
    text = "Anna Berg lobte die Bürger, die den Park als „grüne Lunge“ bezeichneten."
    mention = Mention(0, 9, "Anna Berg", "PER", "e:Anna Berg", "Anna Berg", "gazetteer", 1.0)
    q = next(q for q in extract_quotes(Doc("t", text), (mention,)) if q.text == "grüne Lunge")
    assert q.speaker_text == "die"


def test_a_relative_pronoun_subject_takes_the_name_of_its_antecedent():
    text = "Anna Berg dankte Peter Klein, der den Park als „grüne Lunge“ bezeichnete."
    start = text.index("Peter Klein")
    mention = Mention(start, start + 11, "Peter Klein", "PER", "e:Peter Klein", "Peter Klein", "gazetteer", 1.0)
    q = next(q for q in extract_quotes(Doc("t", text), (mention,)) if q.text == "grüne Lunge")
    assert (q.speaker_text, q.speaker_name) == ("der", "Peter Klein")


def test_an_auxiliary_without_a_cue_verb_after_it_tells_no_speech_act():
    # "hatte … entdeckt": the auxiliary counts only with a cue verb later in the clause, and a bare finite verb
    # must be a cue verb
    text = "Die Gewerkschaft lehnt das Gesetz ab; der Landesrechnungshof hatte im Mai eine „gefährliche Lücke“ entdeckt."
    assert speaker_of(text, "gefährliche Lücke") != "der Landesrechnungshof"


def test_the_clause_a_colon_closes_ends_at_the_colon():
    # a direct quote's clause is the one before the colon: a Konjunktiv after the quote does not make it reported
    text = "Die Grünen forderten neue Radwege, was der Bürgermeister ablehnte: „Dafür fehlt das Geld“ – so sei es immer."
    assert speaker_of(text, "Dafür fehlt das Geld") == "der Bürgermeister"


def test_a_capitalised_noun_after_die_makes_it_an_article_even_with_an_antecedent_before_the_comma():
    # "den Senat, die Reform …": "die" before a capitalised noun is an article (an infinitive clause), not a
    # relative pronoun standing for "den Senat"
    text = "Anna Berg beschuldigte den Senat, die Reform als „reines Flickwerk“ abgelehnt zu haben."
    mention = Mention(0, 9, "Anna Berg", "PER", "e:Anna Berg", "Anna Berg", "gazetteer", 1.0)
    q = next(q for q in extract_quotes(Doc("t", text), (mention,)) if q.text == "reines Flickwerk")
    assert (q.speaker_text, q.speaker_name) == ("Anna Berg", "Anna Berg")
