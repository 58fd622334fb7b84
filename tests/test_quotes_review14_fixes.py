"""Review of session 14's quote rules (47d26e4's _oblique_der, plural branch): the reviewer's sentence gave the
person named before as speaker, not the relative pronoun. Cause: the cue table lacked the verb-final plural
"vorwarfen" (generated since 7a490fb, flows.quotes.lexicon._inflected), so the relative clause was never read;
_oblique_der itself reads it right. Invented sentences."""
from __future__ import annotations

from flows.quotes import extract_quotes
from flows.records import Doc, Mention


def speaker(text: str) -> tuple[str, str | None]:
    start = text.index("Anna Berg")
    person = Mention(start, start + 9, "Anna Berg", "PER", "e:Anna Berg", "Anna Berg", "gazetteer", 1.0)
    q = next(q for q in extract_quotes(Doc("t", text), (person,)) if q.text == "grobe Fahrlässigkeit")
    return q.speaker_text, q.speaker_name


def test_a_plural_verb_makes_der_stadt_oblique_and_the_relative_pronoun_speaks() -> None:
    # "Stadt" has no feminine ending FEMININE_NOUN_RE knows: only the plural verb tells "der Stadt" is no subject
    text = "Rückhalt fand Anna Berg bei den Fraktionen, die der Stadt „grobe Fahrlässigkeit“ vorwarfen."
    assert speaker(text) == ("die", None)
