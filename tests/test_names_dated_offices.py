"""Dated offices of persons the gazetteer knew without one (session 16, ``data/roles.txt``): a role reference
resolves to the holder on the article's date; sentences invented for these tests."""
from __future__ import annotations

from datetime import date

from tests.conftest import role_holder



def test_the_japanese_head_of_government_in_2026():
    text = "Die japanische Regierungschefin reiste am Montag zu Gesprächen nach Seoul."
    assert role_holder(text, "japanische Regierungschefin", date(2026, 3, 2)) == "Sanae Takaichi"


def test_the_japanese_head_of_government_before_her():
    text = "Der japanische Regierungschef reiste am Montag zu Gesprächen nach Seoul."
    assert role_holder(text, "japanische Regierungschef", date(2025, 3, 3)) == "Shigeru Ishiba"


def test_the_argentine_president():
    text = "Der argentinische Präsident kündigte in Buenos Aires neue Sparmaßnahmen an."
    assert role_holder(text, "argentinische Präsident", date(2026, 2, 10)) == "Javier Milei"


def test_the_armenian_prime_minister():
    text = "Der armenische Ministerpräsident traf sich in Brüssel mit Vertretern der EU."
    assert role_holder(text, "armenische Ministerpräsident", date(2025, 11, 4)) == "Nikol Paschinjan"
