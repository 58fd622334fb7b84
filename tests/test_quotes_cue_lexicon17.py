"""Session 17 (quotes17b): the cue lexicon checked against German communication verbs (``data/cue_verbs_manual.csv``,
the rows after the ``session 17 (quotes17b)`` comment): split particle verbs, support-verb phrases with their noun as
the required particle, verbs of admission, criticism, fear and urging. Invented sentences."""
from __future__ import annotations

import pytest

from flows.quotes import extract_quotes
from flows.quotes.lexicon import cue_verbs
from flows.records import Doc


def _quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker_text, q.cue) for q in extract_quotes(Doc("t", text))]


@pytest.mark.parametrize(("sentence", "content", "speaker", "cue"), [
    # a split particle verb after the quote: the trailing cue needs the row
    ("Die Kosten lägen bei zwei Millionen Euro im Jahr, rechnete die Kämmerin vor.",
     "Die Kosten lägen bei zwei Millionen Euro im Jahr", "die Kämmerin", "rechnete ... vor"),
    ("Der Vorstand legte dar, warum der Standort geschlossen werden müsse.",
     "warum der Standort geschlossen werden müsse", "Der Vorstand", "legte dar"),
    ("Die Opposition fürchtet, die Reform komme zu spät.", "die Reform komme zu spät", "Die Opposition", "fürchtet"),
    ("Der Kanzler drängte, die Länder müssten schneller handeln.", "die Länder müssten schneller handeln",
     "Der Kanzler", "drängte"),
])
def test_a_verb_of_saying_from_the_checked_rows_cues_its_clause(sentence: str, content: str, speaker: str,
                                                                cue: str) -> None:
    assert _quotes(sentence) == [(content, speaker, cue)]


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Die Prüfer kamen zu dem Schluss, dass die Brücke saniert werden müsse.", "kamen ... Schluss"),
    ("Der Richter vertrat die Auffassung, das Gesetz sei verfassungswidrig.", "vertrat ... Auffassung"),
    ("Die Rektorin zog das Fazit, das Semester sei ein Erfolg gewesen.", "zog ... Fazit"),
    ("Der Verein ließ über seinen Anwalt verkünden, man werde klagen.", "ließ ... verkünden"),
])
def test_a_support_verb_phrase_is_read_as_its_cue(sentence: str, cue: str) -> None:
    assert [c for _, _, c in _quotes(sentence)] == [cue]


def test_the_support_verbs_need_their_noun() -> None:
    verbs = cue_verbs()
    assert verbs["kam"].particle_required and "Schluss" in verbs["kam"].particles
    assert verbs["machte"].particle_required and verbs["zog"].particle_required
    assert "kommt" not in verbs and "erwartet" not in verbs  # left out: "kommt hinzu", "wird … erwartet"


@pytest.mark.parametrize("sentence", [
    "Der Zug kam am Abend an.",
    "Sie zog das Fazit zurück.",
    "Der Minister wird am Montag in Rom erwartet, danach reist er weiter nach Paris.",
])
def test_the_same_verbs_without_a_reported_clause_cue_nothing(sentence: str) -> None:
    assert _quotes(sentence) == []
