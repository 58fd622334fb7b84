"""Second review of session 14's quote rules (7a490fb's _dative_relative_subject and the verb-final cue forms): a
reported speech act in a relative clause got the sentence's subject or nothing. Invented sentences."""
from __future__ import annotations

import pytest

from flows.quotes import extract_quotes
from flows.records import Doc, Mention


def speaker(text: str, content: str) -> tuple[str | None, str | None]:
    start = text.index("Anna Berg")
    person = Mention(start, start + 9, "Anna Berg", "PER", "e:Anna Berg", "Anna Berg", "gazetteer", 1.0)
    q = next(q for q in extract_quotes(Doc("t", text), (person,), reported=True) if q.text == content)
    return q.speaker_text, q.speaker_name


def test_the_subject_after_a_dative_relative_may_be_followed_by_an_adverbial() -> None:
    text = "Die Kritik traf die Kassen, denen Anna Berg seit Jahren vorwirft, Beiträge verschwendet zu haben."
    assert speaker(text, "Beiträge verschwendet zu haben") == ("Anna Berg", "Anna Berg")


@pytest.mark.parametrize("text", [
    "Es sprach Anna Berg, die dem Rat vorwirft, Gelder verschwendet zu haben.",
    "Beifall bekam Anna Berg von den Anwohnern, die dem Senat vorwarfen, Gelder verschwendet zu haben.",
])
def test_a_relative_die_before_a_dative_is_the_subject(text: str) -> None:
    assert speaker(text, "Gelder verschwendet zu haben") == ("die", None)
