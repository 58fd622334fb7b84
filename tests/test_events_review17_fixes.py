"""Review of session 17 (events, fixes): the reviewer's wrong outputs and invented variants, each failing before its
fix. Invented sentences after a first sentence."""
from __future__ import annotations

import pytest

from tests.test_events import events

LEAD = "Die Lage ist ernst. "


def _found(text: str) -> dict:
    return {e.trigger: e for e in events(LEAD + text)}


# --- 1. "kein" on the governing noun (mode.NO_TALK_NOUN, NO_PROSPECT_AFTER_RE) --------------------------------------

@pytest.mark.parametrize("text, trigger", [
    # "keine Rede" is only the idiom "keine Rede von": a speech not held leaves the event as told
    ("Der Kanzler hielt keine Rede zum Streik der Piloten.", "Streik"),
    ("Die Ministerin hielt keine Rede für einen Waffenstillstand.", "Waffenstillstand"),
    # a "kein" noun with its own complement governs that complement, not the fronted event
    ("Von den Verhandlungen in Genf gibt es keine Anzeichen für einen Durchbruch.", "Verhandlungen"),
    ("Zum Streik der Piloten gebe es keine Bereitschaft zu Gesprächen.", "Streik"),
])
def test_kein_on_another_noun_does_not_negate_the_event(text: str, trigger: str) -> None:
    assert _found(text)[trigger].mode != "negated"


@pytest.mark.parametrize("text, trigger", [
    ("Es sei keine Rede von einem Streik.", "Streik"),
    ("Vom Streik der Piloten sei keine Rede.", "Streik"),
])
def test_the_idiom_keine_rede_von_still_negates(text: str, trigger: str) -> None:
    assert _found(text)[trigger].mode == "negated"
