"""Guards of session 15's opening-"Ohne" consequence (mode.OPENING_WITHOUT_RE in _in_condition) and of the "treffen"
subject after the verb (extract.MITTELFELD_NOUN_RE), each pinned by a mutation run of review 15a. Invented sentences."""
from __future__ import annotations

from tests.test_events import events


def modes(text: str) -> dict[str, str]:
    return {e.trigger: e.mode for e in events(text)}


def test_a_later_clause_of_a_sentence_opened_by_ohne_is_no_consequence() -> None:
    # only the clause the "Ohne" phrase opens (left == sentence.start)
    text = "Ohne Ergebnis endete die Sitzung am Dienstag, die Minister werden aber am Montag weiter verhandeln."
    assert modes(text)["verhandeln"] == "intended"


def test_ohne_before_no_noun_is_no_condition() -> None:
    # "ohne weiteres" (readily) opens no condition: the RE wants a capitalised noun
    assert modes("Ohne weiteres werden die Minister am Montag verhandeln.")["verhandeln"] == "intended"


def test_an_event_noun_with_attributes_after_treffen_is_its_subject() -> None:
    assert not {"treffen", "trifft"} & modes("Auch den Konzernchef treffen die neuen Kürzungen.").keys()
