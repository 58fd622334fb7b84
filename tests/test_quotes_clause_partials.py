"""Session 15, missed partial quotes: quoted words inside an indirect quote are a partial quote of that clause even
where the clause has no speaker by its cue or is a continuation (``_clause_partials``); quoted words that end the
sentence of a linked subject after ``als`` or ``von einem`` are the subject's, with no cue of the table next to them
(``_stance_phrase``). Invented sentences."""
from __future__ import annotations

import pytest

from flows.quotes import conventional, extract_quotes
from flows.quotes.extract import _stance_phrase, _word_before
from flows.records import Doc, Quote
from tests.test_quotes_bare_body_nouns import named
from tests.test_quotes_own_clause import LEADER


def _quotes(text: str, *people: tuple) -> list[tuple[str, str, str | None]]:
    mentions = tuple(sorted((named(text, *p) for p in people if p[0] in text), key=lambda m: m.start))
    return [(q.type, q.text, q.speaker_name)
            for q in conventional(extract_quotes(Doc("t", text), mentions, reported=True))]


@pytest.mark.parametrize("text, words, speaker", [
    # a cue whose speaker the rules found but whose partial they did not make
    ("Der Verein bot Hilfe an. Man wolle „Sorgen nehmen statt schüren“, sagte dessen Sprecherin Anna Berg.",
     "Sorgen nehmen statt schüren", "Anna Berg"),
    # an unsourced cue
    ("Die Gespräche gehen weiter. Man sei sich „in fast allen Fragen einig“, hieß es anschließend aus "
     "Verhandlungskreisen.", "in fast allen Fragen einig", None),
    # continuations in Konjunktiv I after a sentence without a cue of the table, or after narration
    ("Ministerin Anna Berg wies die Kritik zurück. Die Kosten summierten sich auf zehn Millionen Euro, rechnete sie "
     "vor. Das sei angesichts leerer Kassen „schlicht nicht machbar“.", "schlicht nicht machbar", "Anna Berg"),
    ("Ministerin Anna Berg legte einen Entwurf vor. Eine Einigung mit dem Bund halte sie allerdings für „kaum "
     "erreichbar“.", "kaum erreichbar", "Anna Berg"),
])
def test_quoted_words_inside_an_indirect_quote_are_a_partial_quote_of_it(text: str, words: str,
                                                                          speaker: str | None) -> None:
    found = _quotes(text, LEADER)
    assert ("partial", words, speaker) in found
    assert any(t == "indirect" and words in said and who == speaker for t, said, who in found)


def test_a_title_inside_a_clause_stays_no_quote() -> None:
    text = "Das Blatt sei schon verkauft, sagte Anna Berg der Zeitung „Morgenpost“."
    assert not any(t == "partial" for t, _, _ in _quotes(text, LEADER))


def test_a_welcome_as_quoted_words_is_the_subjects_partial_quote() -> None:
    text = "Ministerin Anna Berg begrüßte den Beschluss als „Schritt der Vernunft“."
    assert ("partial", "Schritt der Vernunft", "Anna Berg") in _quotes(text, LEADER)


def _stance(text: str, words: str) -> bool:
    start = text.index(words)
    q = Quote("x", start, start + len(words), words, "partial", speaker_entity_id="e:Anna Berg")
    return _stance_phrase(text, q, _word_before(text, start - 1), start + len(words) + 1)


@pytest.mark.parametrize("text, words, stance", [
    ("Anna Berg verurteilte den Anschlag als „Angriff auf uns alle“.", "Angriff auf uns alle", True),
    ("Anna Berg wies den Bericht als „reine Erfindung“ zurück.", "reine Erfindung", True),
    ("Anna Berg sprach in einer Rede von einem „Wendepunkt für das Land“.", "Wendepunkt für das Land", True),
    ("Anna Berg gilt in ihrer Partei als „Frau für schwierige Fälle“.", "Frau für schwierige Fälle", False),  # copula
    ("Anna Berg wird im Landtag als „Frau für alle Fälle“ gesehen.", "Frau für alle Fälle", False),  # passive
    ("Anna Berg wurde als „Frau für alle Fälle“.", "Frau für alle Fälle", False),  # passive before, sentence ends
    ("Anna Berg verteidigte den Plan als „Schritt nach vorn“ für alle.", "Schritt nach vorn", False),  # goes on
    ("Anna Berg hofft auf einen „Neustart im Herbst“.", "Neustart im Herbst", False),  # no "von" before the article
])
def test_stance_phrase(text: str, words: str, stance: bool) -> None:
    assert _stance(text, words) is stance
