"""Review 18 (quotes): pins of lexicon.cue_particle's verb-final branch (079cbf2, moved there by e04f76f): a cue row's
infinitive right before a clause-final cue (``Wie X mitteilen ließ, …``) counts as its particle only when the cue ends
its clause, and each punctuation mark of VERB_FINAL_ENDS ends it. Invented sentences; each test fails when the entry or
guard it names is removed."""

import pytest

from flows.quotes.extract import extract_quotes
from flows.quotes.lexicon import VERB_FINAL_ENDS, CueVerb, cue_particle, has_cue
from flows.records import Doc
from tests.test_quotes_session18 import quotes

LIESS = CueVerb("ließ", frozenset({"mitteilen", "ausrichten", "wissen"}), True)


@pytest.mark.parametrize("end", [",", ";", ":", ".", "!", "?"])
def test_each_punctuation_mark_ends_a_verb_final_cue(end):
    # "Wie sie mitteilen ließ<end> …": the cue at 3 ends its clause, its infinitive stands before it
    words = ["Wie", "sie", "mitteilen", "ließ", end, "es", "regnet"]
    assert end in VERB_FINAL_ENDS
    assert cue_particle(LIESS, words, 3, 4) == 2


def test_the_cue_ending_the_text_is_verb_final():
    assert cue_particle(LIESS, ["Wie", "sie", "mitteilen", "ließ"], 3, 4) == 2


def test_an_infinitive_before_a_cue_that_does_not_end_its_clause_is_no_particle():
    # "…, ausrichten ließ sie nichts": the verb is second in its clause, the infinitive fronted; "ließ" is no cue
    words = "Anna Berg schwieg , ausrichten ließ sie nichts .".split()
    assert cue_particle(LIESS, words, 5, 8) is None
    assert not has_cue(words)


def test_sentence_model_cue_after_a_colon():
    # the sentence model's feature reads the same matcher: a colon after the verb-final cue ends its clause
    assert has_cue("Wie die Firma mitteilen ließ : Der Gewinn ist gestiegen .".split())


def test_trailing_wie_clause_ending_with_an_exclamation_mark():
    text = "Die Gespräche sind gescheitert, wie Anna Berg mitteilen ließ!"
    assert quotes(text) == [("Die Gespräche sind gescheitert", "Anna Berg", "wie ... mitteilen ließ")]


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker_text, q.cue) for q in extract_quotes(Doc("t", text), (), reported=True)
            if q.type != "reported"]


def test_the_speaker_of_an_opening_wie_clause_ends_before_the_infinitive():
    # "Wie die Ministerin mitteilen ließ": the speaker is "die Ministerin", not "die Ministerin mitteilen"
    assert speakers("Wie die Ministerin mitteilen ließ, sind die Gespräche gescheitert.") == [
        ("sind die Gespräche gescheitert", "die Ministerin", "Wie ... mitteilen ließ")]


def test_the_speaker_of_a_trailing_wie_clause_ends_before_the_infinitive():
    assert speakers("Die Gespräche sind gescheitert, wie die Ministerin ausrichten ließ.") == [
        ("Die Gespräche sind gescheitert", "die Ministerin", "wie ... ausrichten ließ")]
