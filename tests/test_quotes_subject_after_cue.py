"""Session 16 (round 2): a cue after its reported clause finds its subject past adverbs, a time and a possessive
relative (``…, sagte dagegen Kremlsprecher X``, ``…, erklärte zudem die Ministerin``, ``…, sagte deren Koordinatorin
X``; ``_subject_after_cue``): the rules read no speaker there before, only the ranker's options had one. Invented
sentences."""
from __future__ import annotations

from flows.quotes import extract_quotes
from flows.quotes.extract import quote_candidates
from flows.records import Doc
from tests.test_quotes_bare_body_nouns import named

PEOPLE = (("Jan Kurz", "PER", "Jan Kurz"), ("Anna Berg", "PER", "Anna Berg"))


def _quotes(text: str, *people: tuple[str, str, str]) -> list[tuple[str, str | None, str | None]]:
    mentions = tuple(sorted((named(text, *p) for p in people), key=lambda m: m.start))
    return [(q.text, q.speaker_text, q.speaker_name) for q in extract_quotes(Doc("t", text), mentions)]


def _rule_speaker(text: str) -> str | None:
    mentions = (named(text, "Anna Berg", "PER", "Anna Berg"),)
    return next(c.quote.speaker_text for c in quote_candidates(Doc("t", text), mentions) if c.kind == "rule")


def test_the_rules_read_the_subject_past_adverbs_a_time_and_a_possessive_relative() -> None:
    for between in ("dagegen Parteichefin", "zudem die Ministerin", "auch die Kanzlerin", "am Montag",
                    "gestern Abend", "deren Koordinatorin", "etwa", "hingegen"):
        assert _rule_speaker(f"Der Plan sei gescheitert, sagte {between} Anna Berg.") == "Anna Berg", between


def test_an_unlinked_description_after_an_adverb_or_a_possessive_relative_is_the_speaker() -> None:
    assert _quotes("Der Verein Tafel Nord bat um Hilfe. Man sei auf Spenden angewiesen, sagte dagegen deren "
                   "Koordinatorin.") == [("Man sei auf Spenden angewiesen", "deren Koordinatorin", None)]
    assert _quotes("Die Lage sei ernst, erklärte zudem die Ministerin am Abend.") \
        == [("Die Lage sei ernst", "die Ministerin", None)]
    assert _quotes("Die Lage sei ernst, sagte am Montag ein Sprecher der Stadt.") \
        == [("Die Lage sei ernst", "ein Sprecher der Stadt", None)]


def test_a_name_after_auch_speaks_where_the_ranker_found_none() -> None:
    assert _quotes("Jan Kurz lobte den Plan. Die Lage sei ernst, warnte auch Anna Berg vor einem Nein.", *PEOPLE) \
        == [("Die Lage sei ernst", "Anna Berg", "Anna Berg")]


def test_a_coordinated_predicate_after_a_narrated_clause_stays_no_quote() -> None:
    # "jedoch" after the verb of a second predicate: the noun after it is the object, the clause before narration
    assert _quotes("Anna Berg begrüßte den Beschluss, forderte jedoch Nachbesserungen.", PEOPLE[1]) == []

