"""Each police office part of ``MODIFIER_HEADS`` (session 15): ``polizei`` opens a body's word only before a part that
keeps the body a police office (``Polizeiinspektion``, ``Polizeiwache``), so ``die Polizei`` may stand for it; a
compound of another kind (``Polizeigewerkschaft``, ``Polizeistiftung``) is another body. Invented names."""
from __future__ import annotations

import pytest

from flows.quotes import extract_quotes
from flows.quotes.extract import _holds_head
from flows.records import Doc
from tests.test_quotes_bare_body_nouns import named

PARTS = ["präsidium", "inspektion", "direktion", "departement", "dienststelle", "revier", "station", "wache", "posten",
         "kommissariat", "kommando", "abschnitt", "behörde"]


@pytest.mark.parametrize("part", PARTS)
def test_a_police_office_part_keeps_the_compound_a_police_body(part: str) -> None:
    assert _holds_head(f"polizei{part} nordstadt", "polizei")


@pytest.mark.parametrize("name", ["polizeistiftung nordstadt", "polizeigewerkschaft nordstadt",
                                  "polizeisportverein nordstadt"])
def test_another_compound_is_another_body(name: str) -> None:
    assert not _holds_head(name, "polizei")


@pytest.mark.parametrize("office", ["Polizeidirektion Nordstadt", "Polizeiwache Nordstadt"])
def test_a_police_spokesperson_is_the_office_named_before(office: str) -> None:
    text = f"Die {office} meldete einen Einbruch. „Die Täter sind flüchtig“, sagte eine Sprecherin der Polizei."
    mentions = (named(text, office, "ORG", office),)
    assert [(q.speaker_text, q.speaker_name) for q in extract_quotes(Doc("t", text), mentions)] \
        == [("eine Sprecherin der Polizei", office)]


def test_a_police_spokesperson_is_not_a_police_foundation_named_before() -> None:
    text = "Die Polizeistiftung Nordstadt sammelt Spenden. „Die Täter sind flüchtig“, sagte eine Sprecherin der Polizei."
    mentions = (named(text, "Polizeistiftung Nordstadt", "ORG", "Polizeistiftung Nordstadt"),)
    assert [(q.speaker_text, q.speaker_name) for q in extract_quotes(Doc("t", text), mentions)] \
        == [("eine Sprecherin der Polizei", None)]
