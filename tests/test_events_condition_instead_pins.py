"""Review E of session 17: pins of 76d80d6's mode rules read at a clause's position: a verb-first condition after a
comma ("…, sollte … nicht …") unless the sentence opens with a subordinate clause, and an infinitive with
"statt/anstatt … zu". Invented sentences, each after a first sentence (the old "^" matched only in the first)."""
from __future__ import annotations

import pytest

from tests.test_events_no_prospect_pins import _mode


def test_a_plural_condition_clause_is_hypothetical() -> None:
    assert _mode("Die Opposition droht mit einem Streik, sollten die Minister nicht einlenken.",
                 "einlenken") == "hypothetical"


@pytest.mark.parametrize("opening", ["Weil", "Da", "Nachdem", "Obwohl", "Obgleich", "Als", "Bevor", "Während", "Seit",
                                     "Seitdem"])
def test_sollte_after_an_opening_subordinate_clause_is_the_main_clauses_modal(opening: str) -> None:
    """SUBORDINATE_OPENING_RE: after the comma of an opening subordinate clause 'sollte' is the finite verb of the main
    clause, so its 'nicht' negates the event; 'Wenn', 'Falls', 'Sofern', 'Sobald' open a condition
    (CONDITION_START_RE) and are read before this guard."""
    assert _mode(f"{opening} die Lage ernst ist, sollte die Regierung nicht einlenken.", "einlenken") == "negated"


@pytest.mark.parametrize("text", [
    "Dass die Lage ernst ist, sollte die Regierung nicht einlenken lassen.",
    "Ob die Lage ernst ist oder nicht, sollte die Regierung nicht einlenken.",
])
def test_sollte_after_an_opening_dass_or_ob_clause_is_the_main_clauses_modal(text: str) -> None:
    assert _mode(text, "einlenken") == "negated"


@pytest.mark.parametrize("text", [
    "Anstatt Sanktionen zu verhängen, setzt die EU auf Gespräche.",
    "Die EU setzt auf Gespräche, anstatt Sanktionen zu verhängen.",
    "Die EU setzt auf Gespräche, statt Sanktionen zu verhängen.",
])
def test_an_infinitive_instead_of_which_something_is_done_is_negated(text: str) -> None:
    """INSTEAD_RE: 'anstatt', 'statt' after a comma, a capitalised opening (case-insensitive)."""
    assert _mode(text, "verhängen") == "negated"


def test_ohne_before_an_infinitive_leaves_it_as_it_is() -> None:
    """INSTEAD_RE without 'ohne': the sanctions are still to be imposed, only without the parliament's consent."""
    assert _mode("Die Regierung hat entschieden, ohne Zustimmung des Parlaments Sanktionen zu verhängen.",
                 "verhängen") != "negated"
