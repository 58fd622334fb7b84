"""Review 16a: the ranked continuation of ca1d8de, which its own test no longer held once 6fc7973 let the rules read
the subject after ``deren``: a cue whose subject stands after a prepositional phrase (``sagte bei der Sitzung X``) is
read by the ranker, not the rules, and the cue-less sentence after it goes on with the ranked speaker, not with a
person named earlier. Invented sentences."""
from __future__ import annotations

from flows.quotes import extract_quotes
from flows.records import Doc
from tests.test_quotes_bare_body_nouns import named


def test_a_continuation_takes_the_ranked_speaker_of_a_cue_with_a_phrase_before_its_subject() -> None:
    text = ("Jan Kurz kam zu spät. Die Lage sei ernst, sagte bei der Sitzung Anna Berg. "
            "Die Stadt müsse handeln.")
    mentions = tuple(named(text, name, "PER", name) for name in ("Jan Kurz", "Anna Berg"))
    quotes = [(q.text, q.speaker_name) for q in extract_quotes(Doc("t", text), mentions)]
    assert quotes == [("Die Lage sei ernst", "Anna Berg"), ("Die Stadt müsse handeln", "Anna Berg")]
