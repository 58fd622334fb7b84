"""The speaker of a quote or reported speech act in a relative clause: the relative pronoun when the noun phrase after
it is dative or genitive ("…, die der Stadt „…“ vorwarfen", "…, die dem Rat vorwirft, …"), the subject after a dative
relative pronoun, also past an adverbial ("…, denen Anna Berg seit Jahren vorwirft, …"); the verb-final cue forms
("vorwarfen", flows.quotes.lexicon._inflected) reach these clauses. Invented sentences."""
from __future__ import annotations

import pytest

from flows.quotes import extract_quotes
from flows.records import Doc, Mention


def _speaker(text: str, content: str, reported: bool) -> tuple[str | None, str | None]:
    start = text.index("Anna Berg")
    person = Mention(start, start + 9, "Anna Berg", "PER", "e:Anna Berg", "Anna Berg", "gazetteer", 1.0)
    q = next(q for q in extract_quotes(Doc("t", text), (person,), reported=reported) if q.text == content)
    return q.speaker_text, q.speaker_name


def _cue_speaker(text: str) -> tuple[str | None, str | None]:
    return _speaker(text, "grobe Fahrlässigkeit", reported=False)


def _reported_speaker(text: str, content: str) -> tuple[str | None, str | None]:
    return _speaker(text, content, reported=True)


def test_a_plural_verb_makes_der_stadt_oblique_and_the_relative_pronoun_speaks() -> None:
    # "Stadt" has no feminine ending FEMININE_NOUN_RE knows: only the plural verb tells "der Stadt" is no subject
    text = "Rückhalt fand Anna Berg bei den Fraktionen, die der Stadt „grobe Fahrlässigkeit“ vorwarfen."
    assert _cue_speaker(text) == ("die", None)


def test_the_subject_after_a_dative_relative_may_be_followed_by_an_adverbial() -> None:
    text = "Die Kritik traf die Kassen, denen Anna Berg seit Jahren vorwirft, Beiträge verschwendet zu haben."
    assert _reported_speaker(text, "Beiträge verschwendet zu haben") == ("Anna Berg", "Anna Berg")


@pytest.mark.parametrize("text, name", [
    # the pronoun stands for its antecedent (session 15: it was left unlinked)
    ("Es sprach Anna Berg, die dem Rat vorwirft, Gelder verschwendet zu haben.", "Anna Berg"),
    ("Beifall bekam Anna Berg von den Anwohnern, die dem Senat vorwarfen, Gelder verschwendet zu haben.", None),
])
def test_a_relative_die_before_a_dative_is_the_subject(text: str, name: str | None) -> None:
    assert _reported_speaker(text, "Gelder verschwendet zu haben") == ("die", name)
