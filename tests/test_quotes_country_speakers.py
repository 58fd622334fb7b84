"""A government or army named by its country's adjective or genitive as the quote speaker (bdcb5bc:
flows.quotes.extract._state_body_speakers).

Review of session 13: each test fails when one alternative or guard of the rule is taken out. Invented sentences only.
"""
from __future__ import annotations

import pytest

from flows.quotes import extract_quotes
from flows.records import Doc, Mention


def speakers(text: str, *mentions: Mention) -> list[tuple[str | None, str | None, str | None]]:
    return [(q.speaker_text, q.speaker_name, q.speaker_entity_id) for q in extract_quotes(Doc("t", text), mentions)]


@pytest.mark.parametrize("text, speaker_text", [
    # STATE_BODY_SPEAKER_RE: a statement of the government
    ("In einer Erklärung der norwegischen Regierung hieß es, die Zölle seien zu hoch.",
     "einer Erklärung der norwegischen Regierung"),
    ("Die Zölle seien zu hoch, hieß es in einer Mitteilung der norwegischen Regierung.",
     "einer Mitteilung der norwegischen Regierung"),
])
def test_a_statement_of_a_government_named_by_its_adjective_is_the_government(text: str, speaker_text: str) -> None:
    assert speakers(text) == [(speaker_text, "Norwegische Regierung", None)]


@pytest.mark.parametrize("text, surface", [
    ("Mexikos Regierung erklärte, die Grenze bleibe offen.", "Mexikos Regierung"),
    ("Die Zölle seien zu hoch, teilte die norwegische Regierung mit.", "die norwegische Regierung"),
])
def test_a_linked_government_speaker_keeps_its_entity(text: str, surface: str) -> None:
    start = text.index(surface)
    mention = Mention(start, start + len(surface), surface, "ORG", "e:Nordrat", "Nordrat", "gazetteer", 1.0)
    assert speakers(text, mention) == [(surface, "Nordrat", "e:Nordrat")]
