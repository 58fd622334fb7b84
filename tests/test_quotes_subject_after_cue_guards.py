"""Review 16a: the words and guards of ``_subject_after_cue`` (6fc7973) that no test held, each pinned on an invented
sentence read by the rules alone (``quote_candidates``' rule candidate): every further sentence adverb of
``CUE_SUBJECT_ADVERBS``, a direct quotation as the reported clause, three words passed before the subject, and the
possessive relative only before a noun."""
from __future__ import annotations

import pytest

from flows.quotes.extract import quote_candidates
from flows.records import Doc
from tests.test_quotes_bare_body_nouns import named


def _rule_speaker(text: str) -> str | None:
    mentions = (named(text, "Anna Berg", "PER", "Anna Berg"),) if "Anna Berg" in text else ()
    return next(c.quote.speaker_text for c in quote_candidates(Doc("t", text), mentions) if c.kind == "rule")


@pytest.mark.parametrize("between", ["indes", "indessen", "unterdessen", "ihrerseits", "seinerseits", "wiederum",
                                     "dagegen", "etwa"])
def test_the_rules_read_the_subject_past_a_sentence_adverb(between: str) -> None:
    assert _rule_speaker(f"Der Plan sei gescheitert, sagte {between} Anna Berg.") == "Anna Berg"


def test_the_rules_read_the_subject_after_a_direct_quotation() -> None:
    # no mood in the clause before the cue, but quotation marks: reported words all the same
    assert _rule_speaker("„Wir schaffen das“, sagte dagegen Anna Berg.") == "Anna Berg"


def test_the_rules_read_the_subject_past_three_adverbs_and_times() -> None:
    assert _rule_speaker("Der Plan sei gescheitert, sagte dagegen am Montag zudem Anna Berg.") == "Anna Berg"
    assert _rule_speaker("Der Plan sei gescheitert, sagte am Montag dagegen Anna Berg.") == "Anna Berg"


def test_the_rules_read_the_subject_past_a_noun_of_time_after_heute_or_gestern() -> None:
    assert _rule_speaker("Die Lage sei ernst, sagte heute Morgen ein Sprecher der Stadt.") == "ein Sprecher der Stadt"
    assert _rule_speaker("Die Lage sei ernst, sagte gestern Abend die Ministerin.") == "die Ministerin"


def test_the_rules_read_a_subject_opened_by_dessen() -> None:
    assert _rule_speaker("Der Verband Nord bat um Hilfe. Man sei am Ende, sagte dessen Sprecherin.") \
        == "dessen Sprecherin"
