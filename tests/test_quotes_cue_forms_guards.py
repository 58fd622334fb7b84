"""Review 2 of session 14's second half (7a490fb): which cue forms lexicon._inflected generates, pinned where a
removed guard or particle left every test passing (scratch-copy mutations)."""
from __future__ import annotations

from flows.quotes.lexicon import CueVerb, _inflected, cue_verbs


def test_every_separable_particle_of_a_hand_written_row_joins_its_verb():
    # "…, wie die Polizei auf Glätte hinweist", "…, als der Verband den Streik ankündigte"
    assert {"hinweist", "ankündigte", "ankündigten", "angibt"} <= cue_verbs().keys()


def test_an_infinitive_complement_never_joins():
    # "ließ … mitteilen" (an infinitive complement, SEPARABLE_PARTICLES leaves it out): no "mitteilenließ"
    assert not {"mitteilenließ", "erklärenlässt", "ausrichtenließen"} & cue_verbs().keys()


def test_an_optional_particle_or_an_infinitive_form_is_not_joined():
    # "sagte" is a cue alone, so "zusagte" is another verb; "weisen … hin" is an infinitive row, left as listed
    assert _inflected(CueVerb("sagte", frozenset({"zu"}), False)) == [("sagten", CueVerb("sagten", frozenset({"zu"}), False))]
    assert _inflected(CueVerb("weisen", frozenset({"hin"}), True)) == []
