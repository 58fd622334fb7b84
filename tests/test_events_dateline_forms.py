"""More forms of the shared dateline pattern (f8a4536: flows.ingest.dateline.DATELINE_RE), review of session 13.

Each case fails when one alternative or guard of the pattern is taken out. Invented paragraphs only.
"""
from __future__ import annotations

import pytest

from flows.ingest.dateline import DATELINE_RE


@pytest.mark.parametrize(("paragraph", "dateline"), [
    # places joined by " an der "
    ("Frankfurt an der Oder – Die Brücke bleibt bis Freitag gesperrt.", "Frankfurt an der Oder – "),
    # an agency in brackets holding a slash (no place word: only the agency group reads it)
    ("Madrid (dpa/AFP) – Die Regierung hat den Haushalt vorgelegt.", "Madrid (dpa/AFP) – "),
    # an agency in brackets right after the place, without a space ([ \t]* before the bracket)
    ("Bonn(dpa) – Der Rat hat den Haushalt beschlossen.", "Bonn(dpa) – "),
    # a place in brackets after a slash-joined place
    ("Frankfurt (Oder)/Słubice – Die Brücke bleibt bis Freitag gesperrt.", "Frankfurt (Oder)/Słubice – "),
    # three places
    ("Halle / Leipzig / Dresden – Die Länder klagen gemeinsam.", "Halle / Leipzig / Dresden – "),
])
def test_a_dateline_ends_where_the_first_sentence_begins(paragraph: str, dateline: str) -> None:
    match = DATELINE_RE.match(paragraph)
    assert match is not None and paragraph[:match.end()] == dateline


@pytest.mark.parametrize("paragraph", [
    # a capitalised word and a dash before a lower-case word opens no sentence: no dateline
    "Grün – das ist in diesem Jahr die Farbe der Saison.",
])
def test_no_dateline_before_a_lower_case_word(paragraph: str) -> None:
    assert DATELINE_RE.match(paragraph) is None
