"""Session 17, round 2: trigger rows checked per type against CONVENTIONS.md's definitions (not from the sets'
errors), and a bare event noun in a condition clause. Invented sentences, each failing before its row or rule."""
from __future__ import annotations

import pytest

from tests.test_events import events


def _found(text: str) -> dict:
    return {e.trigger: e for e in events(text)}


# --- withdrawing forces: the infinitive and subjunctive of "zurückgezogen" (RETREAT) ------------------------------

@pytest.mark.parametrize("text, trigger, mode", [
    ("Die Armee soll sich bis Freitag auf die vereinbarte Linie zurückziehen.", "zurückziehen", "intended"),
    ("Eine Feuerpause komme erst infrage, wenn die Milizen sich aus den eroberten Dörfern zurückzögen.",
     "zurückzögen", "hypothetical"),
])
def test_forces_withdrawing_retreat(text: str, trigger: str, mode: str) -> None:
    event = _found(text)[trigger]
    assert (event.event_type, event.mode) == ("RETREAT", mode)


def test_a_bill_withdrawn_is_no_retreat() -> None:
    assert "zurückziehen" not in _found("Die Fraktion will ihren Gesetzentwurf zurückziehen.")


# --- gathering forces, the split "zusammenziehen" (MOBILIZE, before the RETREAT row of "zog") -----------------------

@pytest.mark.parametrize("text, trigger, event_type", [
    ("Russland zog Truppen an der Grenze zusammen.", "zog", "MOBILIZE"),
    ("Die Armee zieht an der Front weitere Einheiten zusammen.", "zieht", "MOBILIZE"),
    ("Die Armee zog ihre Truppen aus der Stadt ab.", "zog", "RETREAT"),
])
def test_forces_gathered_mobilize_withdrawn_retreat(text: str, trigger: str, event_type: str) -> None:
    assert _found(text)[trigger].event_type == event_type


# --- sabotage is an attack (ASSAULT) ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("Die Regierung sprach von Sabotage an der Gasleitung.", "Sabotage"),
    ("Unbekannte verübten in der Nacht Sabotageakte an Bahnanlagen.", "Sabotageakte"),
    ("Die Gruppe soll Stromleitungen sabotiert haben.", "sabotiert"),
])
def test_sabotage_is_an_attack(text: str, trigger: str) -> None:
    assert _found(text)[trigger].event_type == "ASSAULT"


# --- retaliation in a trade dispute (SANCTION) --------------------------------------------------------------------

def test_trade_retaliation_is_a_sanction() -> None:
    assert _found("Peking kündigte Vergeltung für die Strafzölle auf Elektroautos an.")["Vergeltung"].event_type \
        == "SANCTION"


@pytest.mark.parametrize("text", [
    "Nach dem Raketenangriff schwor die Armee Vergeltung.",
    "Viele gerieten nach dem Krieg in den Strudel der Vergeltung, die Dörfer waren leer.",
])
def test_retaliation_without_trade_words_is_none(text: str) -> None:
    assert "Vergeltung" not in _found(text)


# --- a bare or indefinite event noun in a condition clause is the condition (mode.CONDITION_NOUN_BEFORE_RE) -------

@pytest.mark.parametrize("text, trigger", [
    ("Washington droht mit höheren Zöllen, falls die EU Vergeltung übt.", "Vergeltung"),
    ("Man werde Soldaten schicken, wenn es eine echte Waffenruhe gibt, sagte der Minister.", "Waffenruhe"),
])
def test_a_bare_noun_in_a_condition_is_hypothetical(text: str, trigger: str) -> None:
    assert _found(text)[trigger].mode == "hypothetical"


def test_a_definite_noun_in_a_condition_is_presupposed() -> None:
    found = _found("Kunden bekommen Geld zurück, wenn ihr Gerät vom Rückruf des Herstellers betroffen war.")
    assert "Rückruf" not in found or found["Rückruf"].mode != "hypothetical"
