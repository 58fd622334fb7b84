"""A chamber that takes up a matter consults (triggers.csv, the chamber row of 'befassen', session 16 round 3): the
matter may be 'damit' ('Das Parlament könnte sich … damit befassen', tune14, tune19), the UN Security Council is such a
body, and 'sich' may come before its subject ('will sich der Weltsicherheitsrat … mit der Lage befassen', tune18). A
study, a club or a museum that deals with a subject is no event (10kGNAD). Invented sentences."""
from __future__ import annotations

import pytest

from tests.test_events import events


def consults(text: str) -> list[tuple[str, str]]:
    return [(e.trigger, e.mode) for e in events(text) if e.event_type == "CONSULT"]


@pytest.mark.parametrize("text, mode", [
    ("Der Landtag soll im März über das Gesetz abstimmen, der Bundesrat könnte sich im April damit befassen.",
     "hypothetical"),
    ("Das Parlament wird sich nach der Sommerpause damit befassen.", "intended"),
    ("Nach Angaben aus Diplomatenkreisen will sich der Sicherheitsrat am Freitag mit dem Konflikt befassen.",
     "intended"),
    ("Am Montag will sich der Weltsicherheitsrat mit der Lage an der Grenze befassen.", "intended"),
])
def test_chamber_takes_up_a_matter(text: str, mode: str) -> None:
    assert consults(text) == [("befassen", mode)]


@pytest.mark.parametrize("text", [
    "Eine neue Studie der Universität will sich damit befassen, wie Kinder lesen lernen.",
    "Das Museum befasst sich in einer Ausstellung mit der Geschichte der Stadt.",
    "Der Verein wird sich damit befassen müssen, sagte der Trainer.",
])
def test_no_chamber_no_event(text: str) -> None:
    assert consults(text) == []
