"""Review 16b: every office row session 16 added to ``data/roles.txt`` (4f5947f) resolves its role reference to its
holder inside the row's dates, and the rows with a last day stop there; the four rows of test_names_dated_offices.py
are not repeated. Invented sentences; a wrong date or office in a row fails here."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import mention_triples


def _people(role: str, day: date) -> set[str | None]:
    text = f"{role} sprach am Montag in Genf mit Vertretern der Vereinten Nationen."
    return {name for span, name, kind in mention_triples(text, day) if kind == "PER"}


@pytest.mark.parametrize("role, day, holder", [
    ("Der brasilianische Präsident", date(2026, 2, 2), "Luiz Inácio Lula da Silva"),
    ("Die mexikanische Präsidentin", date(2026, 2, 2), "Claudia Sheinbaum"),
    ("Der australische Premierminister", date(2026, 2, 2), "Anthony Albanese"),
    ("Der südkoreanische Präsident", date(2026, 2, 2), "Lee Jae-myung"),
    ("Der saudi-arabische Regierungschef", date(2026, 2, 2), "Mohammed bin Salman"),
    ("Der ägyptische Präsident", date(2026, 2, 2), "Abdel Fattah al-Sisi"),
    ("Der iranische Präsident", date(2026, 2, 2), "Massud Peseschkian"),
    ("Der iranische Außenminister", date(2026, 2, 2), "Abbas Araghtschi"),
    ("Der iranische Parlamentspräsident", date(2026, 2, 2), "Mohammad Bagher Ghalibaf"),
    ("Der türkische Außenminister", date(2026, 2, 2), "Hakan Fidan"),
    ("Der palästinensische Präsident", date(2026, 2, 2), "Mahmud Abbas"),
    ("Der aserbaidschanische Präsident", date(2026, 2, 2), "Ilham Alijew"),
    ("Der kasachische Präsident", date(2026, 2, 2), "Kassym-Schomart Tokajew"),
    ("Die georgische Präsidentin", date(2024, 6, 3), "Salome Surabischwili"),
    ("Der georgische Präsident", date(2025, 6, 3), "Micheil Kawelaschwili"),
    ("Der georgische Regierungschef", date(2025, 6, 3), "Irakli Kobachidse"),
    ("Der belgische Premierminister", date(2025, 6, 3), "Bart De Wever"),
    ("Der finnische Regierungschef", date(2025, 6, 3), "Petteri Orpo"),
    ("Der griechische Ministerpräsident", date(2025, 6, 3), "Kyriakos Mitsotakis"),
    ("Der portugiesische Regierungschef", date(2025, 6, 3), "Luís Montenegro"),
    ("Der estnische Regierungschef", date(2025, 6, 3), "Kristen Michal"),
    ("Die lettische Regierungschefin", date(2025, 6, 3), "Evika Siliņa"),
    ("Der norwegische Ministerpräsident", date(2025, 6, 3), "Jonas Gahr Støre"),
    ("Die bangladeschische Regierungschefin", date(2020, 6, 3), "Scheich Hasina"),
    ("Der nigrische Präsident", date(2022, 6, 3), "Mohamed Bazoum"),
    ("Der deutsche Kanzler", date(2003, 6, 3), "Gerhard Schröder"),
])
def test_a_role_reference_resolves_to_the_office_holder_of_its_day(role: str, day: date, holder: str) -> None:
    assert holder in _people(role, day)


@pytest.mark.parametrize("role, day, former", [
    ("Der georgische Präsident", date(2025, 6, 3), "Salome Surabischwili"),  # until 2024-12-29
    ("Der georgische Präsident", date(2024, 6, 3), "Micheil Kawelaschwili"),  # from 2024-12-29
    ("Die bangladeschische Regierungschefin", date(2025, 6, 3), "Scheich Hasina"),  # until 2024-08-05
    ("Der nigrische Präsident", date(2024, 6, 3), "Mohamed Bazoum"),  # until 2023-07-26
    ("Der deutsche Kanzler", date(2008, 6, 3), "Gerhard Schröder"),  # until 2005-11-22
])
def test_an_office_row_ends_on_its_last_day(role: str, day: date, former: str) -> None:
    assert former not in _people(role, day)
