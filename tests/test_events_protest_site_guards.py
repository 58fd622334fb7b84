"""Review of a4ca192 (session 14): the parts of the protest-abroad rule (participants._site_state,
PRESS_HOME_COUNTRIES, STRIKE_RE) that no other test pins. Invented sentences."""
from __future__ import annotations

import pytest

from tests.test_events_participants import mention, roles


@pytest.mark.parametrize(("text", "place"), [
    ("In Wien demonstrierten am Mittwoch Tausende Lehrerinnen für höhere Gehälter.", "Wien"),
    ("In Bern demonstrierten am Mittwoch Tausende Lehrerinnen für höhere Gehälter.", "Bern"),
])
def test_a_protest_in_austria_or_switzerland_does_not_take_the_state_of_its_place(text: str, place: str) -> None:
    # PRESS_HOME_COUNTRIES: Österreich and Schweiz, not only Deutschland
    assert roles(text, "demonstrierten", [mention(text, place, place)])[1] == set()


@pytest.mark.parametrize(("text", "trigger"), [
    ("In Lissabon begann am Mittwoch ein Ausstand der Hafenarbeiter.", "Ausstand"),
    ("In Lissabon begann am Mittwoch eine Arbeitsniederlegung der Hafenarbeiter.", "Arbeitsniederlegung"),
])
def test_a_walkout_abroad_is_aimed_at_the_employer_not_the_state(text: str, trigger: str) -> None:
    # STRIKE_RE's "Ausstand" and "Arbeitsniederlegung": a strike by another word takes no state as target
    place = mention(text, "Lissabon", "Lissabon", entity_id="loc:lissabon")
    assert "Portugal" not in roles(text, trigger, [place])[1]


@pytest.mark.parametrize(("text", "place", "target"), [
    # a capital the gazetteer gives no id: its country from capitals.csv
    ("In Belgrad demonstrierten am Abend Zehntausende Studierende.", "Belgrad", "Serbien"),
    # a country itself, no gazetteer id
    ("In Serbien demonstrierten am Abend Zehntausende Studierende.", "Serbien", "Serbien"),
])
def test_the_state_of_a_protests_place_comes_from_a_capital_or_the_country_itself(text, place, target) -> None:
    assert roles(text, "demonstrierten", [mention(text, place, place, entity_id=f"x:{place}")])[1] == {target}
