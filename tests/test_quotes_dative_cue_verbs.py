"""Each verb form of ``DATIVE_CUE_RE`` (session 15): after a relative ``die``, a cue verb that wants a dative makes
the one singular ``der`` noun phrase of the clause that dative (``…, die der Stadt „…“ vorhielt``), so the pronoun is
the subject. Pinned one form at a time on ``_oblique_der`` (the plural forms ``vorwerfen``, ``vorhalten``,
``widersprechen`` are oblique by their plural ending already). Invented clauses."""
from __future__ import annotations

import pytest

from flows.quotes.extract import _oblique_der
from flows.quotes.text import tokenize


@pytest.mark.parametrize("verb", ["vorwirft", "vorhielt", "vorhält", "unterstellte", "bescheinigte", "attestierte",
                                  "drohte", "widerspricht", "zustimmte", "zusicherte"])
def test_a_dative_cue_verb_makes_der_stadt_oblique_after_die(verb: str) -> None:
    toks = tokenize(f"die der Stadt erneut {verb}")
    assert _oblique_der(toks, 1, 4, len(toks)) is True


@pytest.mark.parametrize("verb", ["nannte", "kritisierte", "lobte"])
def test_a_verb_without_a_dative_leaves_der_stadt_a_possible_subject(verb: str) -> None:
    toks = tokenize(f"die der Stadt erneut {verb}")
    assert _oblique_der(toks, 1, 4, len(toks)) is False
