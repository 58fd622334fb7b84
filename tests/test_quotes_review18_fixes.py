"""Review 18 (quotes): wrong outputs a reviewer found in this session's quotes rules, fixed by mechanism. Invented
sentences; each fix's test fails before its commit, the guards pass on both."""

import pytest

from flows.quotes.extract import _addressee, _second_place_konjunktiv, extract_quotes, tokenize
from flows.records import Doc, Quote
from tests.test_quotes_session18 import quotes as session18_quotes


def quotes(text: str, name: str = "Jan Koch") -> list[tuple[str, str | None, str | None]]:
    return session18_quotes(text, name)


def addressee(text: str, subject: str, cue: str, content: str) -> str | None:
    s, c = text.index(subject), text.index(cue)
    q = text.index(content, c)
    span = _addressee(text, Quote("", q, q + len(content), content, "indirect", subject, s, s + len(subject),
                                  cue=cue, cue_start=c))
    return text[span[0]:span[1]].strip() if span else None


# 28a50e4: a masculine noun after "der" right after the cue is the nominative subject, never a dative addressee; the
# feminine test must see the whole last word (hyphenated compounds) and leave the masculine shapes of its endings

@pytest.mark.parametrize("noun", [
    "Gouverneur", "Redakteur", "Ingenieur", "Akteur",                  # -eur, not -ur
    "Putin-Kritiker", "Berlin-Korrespondent", "Union-Politiker",       # the suffix inside a hyphenated compound
    "Champion", "Termin",                                              # masculine -ion, -in
])
def test_a_masculine_noun_after_der_is_no_addressee(noun):
    text = f"Des Weiteren erklärte der {noun} Jan Koch, das Papier sei angenommen worden."
    assert addressee(text, "Des Weiteren", "erklärte", "das Papier") is None


def test_the_masculine_subject_after_the_cue_speaks():
    text = "Des Weiteren erklärte der Gouverneur Jan Koch, das Papier sei angenommen worden."
    assert quotes(text) == [("das Papier sei angenommen worden", "Jan Koch", "erklärte")]


@pytest.mark.parametrize("dative", [
    "der Nachrichtenagentur Reuters", "der Zeitung", "der Ministerin", "der Präsidentin", "der Kollegin",
    "der Chefin", "der Kommission", "der Union", "der Region", "der Deutschen Presse-Agentur",
])
def test_guard_feminine_nouns_stay_addressees(dative):
    text = f"Ein Diplomat sagte {dative}, das Papier sei angenommen."
    assert addressee(text, "Ein Diplomat", "sagte", "das Papier") == dative


# 079cbf2 (3): an "aus"/"von" phrase before a cue is its source only when the cue has no subject; an indefinite pronoun
# right after the verb is the subject

@pytest.mark.parametrize("text", [
    "Aus Sicht der Opposition erklärte man, die Gespräche seien gescheitert.",
    "Von der Regierung erklärte niemand, die Gespräche seien gescheitert.",
    "Aus Berlin erklärte jemand, die Gespräche seien gescheitert.",
    "Aus der Partei meldete keiner, die Gespräche seien gescheitert.",
])
def test_an_indefinite_subject_after_the_cue_leaves_no_source_phrase(text):
    assert all(speaker is None for _, speaker, _ in quotes(text, "Opposition"))
    assert all(q.speaker_text is None for q in extract_quotes(Doc("t", text), (), reported=True))


def test_nichts_after_verlautete_is_its_subject_and_the_quote_follows_hiess_es():
    text = "Aus Angst verlautete nichts, hieß es, die Gespräche seien gescheitert."
    assert [(q.text, q.cue) for q in extract_quotes(Doc("t", text), (), reported=True) if q.type != "reported"] \
        == [("die Gespräche seien gescheitert", "hieß es")]


@pytest.mark.parametrize("text", [
    "Aus dem Büro von Jan Koch verlautete, die Gespräche seien gescheitert.",
    "Aus dem Büro von Jan Koch verlautete es, die Gespräche seien gescheitert.",  # the expletive "es" names nobody
])
def test_guard_the_source_phrase_stays_without_a_subject_or_with_expletive_es(text):
    assert quotes(text) == [("die Gespräche seien gescheitert", "Jan Koch", "verlautete")]


# 079cbf2 (1): the mood reader of the first place reads "sei"/"seien" and the Konjunktiv II forms, so a subject with a
# relative clause before a verb in reported mood is the reported clause's, and the cue's subject follows the cue

@pytest.mark.parametrize("clause", [
    "Der Vertrag, der im Mai geschlossen wurde, sei ungültig",
    "Die Pläne, die alle kennen, seien teuer",
    "Der Plan, den alle kennen, hätte der Stadt geschadet",
])
def test_relative_clause_in_a_reported_subject_before_sei_or_konjunktiv_ii(clause):
    assert quotes(f"Jan Koch kam spät. {clause}, sagte er.") == [(clause, "Jan Koch", "sagte")]


@pytest.mark.parametrize("sentence, mood", [
    ("Der Vertrag, der im Mai geschlossen wurde, sei ungültig", "k1"),
    ("Die Pläne seien teuer", "k1"),
    ("Der Plan wäre Unsinn", "k2"),
    ("Der Plan soll teuer sein", None),  # the hearsay modal is indicative
    ("Der Plan ist teuer", None),
])
def test_second_place_reads_sei_and_konjunktiv_ii(sentence, mood):
    assert _second_place_konjunktiv(tokenize(sentence)) == mood
