"""Session 16: a continuation goes on with the speaker its quote ends up with: when the rules find none (or another)
and the ranker picks the speaker, the cue-less sentence after it takes the ranked one, not the rules' guess
(``quote_candidates``: ``ranked`` sets ``last``). Invented sentences."""
from __future__ import annotations

from flows.quotes import extract_quotes
from flows.records import Doc
from tests.test_quotes_bare_body_nouns import named
from tests.test_quotes_own_clause import LEADER


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    mentions = (named(text, *LEADER),)
    return [(q.type, q.text, q.speaker_name) for q in extract_quotes(Doc("t", text), mentions)]


def test_a_continuation_takes_the_speaker_the_ranker_found_after_deren() -> None:
    # the rules read no speaker after "deren"; the ranker gives the quote Anna Berg, and the next sentence goes on
    text = ("Der Verein Tafel Nord bat um Hilfe. Man sei auf Spenden angewiesen, sagte deren Koordinatorin Anna Berg. "
            "Die Lage sei „schlimmer als je zuvor“.")
    quotes = _quotes(text)
    assert ("indirect", "Die Lage sei „schlimmer als je zuvor“", "Anna Berg") in quotes
    assert ("partial", "schlimmer als je zuvor", "Anna Berg") in quotes


def test_a_continuation_of_a_quote_the_rules_attributed_keeps_that_speaker() -> None:
    text = "Kiew sehe „keine Grundlage“ für Gespräche, sagte Regierungssprecherin Anna Berg. Die Stadt plane Hilfen."
    assert ("indirect", "Die Stadt plane Hilfen", "Anna Berg") in _quotes(text)
