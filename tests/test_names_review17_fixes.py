"""Review 17 fixes (names): bugs a reviewer found in session 17's names rules and data. (1) Two bodies read as one
coordinated name (``mentions._coordinated_body``): ``oder`` offers two bodies, and two different members or levels
(COORDINATED_MEMBER_PARTS) before one bare head are two bodies; a gender pair and sectors stay one name. Sentences
invented for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import mention_triples

DAY = date(2026, 2, 3)


@pytest.mark.parametrize("text, first", [
    ("Der Landes- und Bundesverband der Partei lehnte den Antrag am Montag ab.", "Landes-"),
    ("Kritik kam am Dienstag von der Zahnärzte- und Apothekerkammer.", "Zahnärzte-"),
    ("Laut Steuerberater- und Rechtsanwaltskammer steigen die Gebühren.", "Steuerberater-"),
    ("Der Mieter- oder Vermieterverband soll im Frühjahr angehört werden.", "Mieter-"),
])
def test_two_members_or_levels_before_one_head_are_two_bodies(text, first):
    assert not any(span.startswith(first) for span, _, _ in mention_triples(text, DAY))


@pytest.mark.parametrize("name, canonical", [
    ("Tierärztinnen- und Tierärzteverband", "Tierärztinnen- und Tierärzteverband"),  # a gender pair: one member
    ("Hotel- und Gaststättenverband", "Hotel- und Gaststättenverband"),  # sectors are no members
])
def test_one_member_or_two_sectors_stay_one_name(name, canonical):
    assert (name, canonical, "ORG") in mention_triples(f"Am Montag warnte der {name} vor den Folgen.", DAY)
