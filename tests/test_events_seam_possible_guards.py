"""Review of b84e8b4, a6b1f5d and d84b729 (session 14): the guards of the "möglich" predicate
(flows.events.mode.HYPOTHETICAL_RE), of lexicon.at_seam / compound_head and of the treffen row's '\\w*chef\\b' that no
other test pins. Invented sentences."""
from __future__ import annotations

import pytest

from flows.events.lexicon import PARTICLE_MODIFIERS, compound_head
from tests.test_events import events


def triggers(text: str) -> dict[str, str]:
    return {e.trigger: e.mode for e in events(text)}


@pytest.mark.parametrize("text", [
    "Die Polizei räumte das Protestlager so schnell wie möglich.",
    "Die Polizei räumte das Protestlager so schnell als möglich.",
])
def test_so_schnell_wie_or_als_moeglich_closing_the_clause_is_no_possibility(text: str) -> None:
    # (?<!wie )(?<!als ): "so schnell wie möglich" (or the older "als möglich") is a manner, not a possibility
    assert triggers(text)["räumte"] == "realized"


def test_moeglich_inside_its_clause_is_no_possibility_predicate() -> None:
    # the lookahead: "möglich gemacht" does not close the clause; the release took place
    text = "Erst die Vermittlung Katars hat die Freilassung der Geiseln möglich gemacht."
    assert triggers(text)["Freilassung"] == "realized"


def test_a_lowercase_word_with_a_rows_head_inside_is_no_compound() -> None:
    # at_seam's capital check: "anzutreffen" (to be found) is no meeting though its modifier is no particle
    assert "anzutreffen" not in triggers("Der Minister war am Abend nicht mehr in seinem Büro anzutreffen.")


def test_particle_modifiers_hold_the_audited_particles() -> None:
    assert {"an", "auf", "aufeinander", "aus", "be", "ein", "emp", "ent", "er", "ge", "hinter", "miss", "über",
            "unter", "ver", "zer", "zu"} <= PARTICLE_MODIFIERS


def test_a_row_written_as_one_group_has_its_heads_opened() -> None:
    # compound_head opens a single non-capturing group of alternatives (_is_one_group)
    assert compound_head(r"(?:Gipfel|\w+gipfel)").pattern == "Gipfel|gipfel"


def test_affecting_senior_doctors_is_no_meeting() -> None:
    # the treffen row's '\w*chef\b': "Chefärzte" is no chief; "treffen" here means to affect
    assert "treffen" not in triggers("Die Kürzungen treffen vor allem die Chefärzte der Kliniken.")
