"""Review 18 (quotes): pins of lexicon.has_cue (e04f76f), the learned sentence model's ``cue_verb`` feature: a cue
whose row requires a particle counts only with the particle inside the cue's clause, which a comma, colon or semicolon
ends (CLAUSE_STOPS). Invented sentences; each test fails when the stop it names is removed or the search runs to the
sentence's end."""

import pytest

from flows.quotes.lexicon import CLAUSE_STOPS, has_cue
from flows.quotes.model import sentence_features
from flows.quotes.text import tokenize


@pytest.mark.parametrize("stop", [",", ":", ";"])
def test_a_particle_past_the_cue_clause_is_not_the_cue_particle(stop):
    # "teilte den Gewinn, … mit …": the "mit" belongs to the next clause, "teilte" has no particle
    words = f"Die Firma teilte den Gewinn {stop} den sie mit allen Partnern erzielte .".split()
    assert stop in CLAUSE_STOPS
    assert not has_cue(words)


def test_the_feature_reads_the_clause_of_the_cue():
    toks = tokenize("Der Richter wies den Weg, der zurück in die Stadt führt.")
    assert "cue_verb" not in sentence_features(toks, None, False, False, 3)


def test_the_particle_inside_the_clause_still_counts():
    assert has_cue("Die Firma teilte am Montag den Partnern mit , der Gewinn steige .".split())
