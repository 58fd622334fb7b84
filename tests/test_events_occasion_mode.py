"""The occasion of an announcement or promise ("kündigte bei einem Besuch … an", "sagte … bei einem Telefonat … zu")
took place: its mode is its clause's own, not the announced act's (session 15, second half, mode.OCCASION_BEFORE_RE).
Invented sentences."""
from __future__ import annotations

from tests.test_events import events


def modes(text: str) -> dict[str, str]:
    return {e.trigger: e.mode for e in events(text)}


def test_a_visit_during_which_aid_is_announced_took_place() -> None:
    found = modes("Der Minister kündigte bei einem Besuch in Rom weitere Hilfen an.")
    assert found["Besuch"] == "realized"
    assert found["Hilfen"] == "intended"


def test_a_call_during_which_help_is_promised_took_place() -> None:
    found = modes("Die Ministerin sagte dem Land bei einem Telefonat mit ihrem Amtskollegen weitere Hilfe zu.")
    assert found["Telefonat"] == "realized"


def test_a_meeting_inside_the_announced_infinitive_is_planned() -> None:
    found = modes("Er kündigte an, das Thema bei einem Treffen mit dem Kanzler im Herbst anzusprechen.")
    assert found["Treffen"] == "intended"


def test_a_definite_setting_of_the_announced_act_is_planned() -> None:
    found = modes("Viele Wähler kündigten ihre Zustimmung beim Referendum an.")
    assert found["Referendum"] == "intended"
