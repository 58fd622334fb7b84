"""The office holder's state as the actor of a state act his reported words leave without one (fbeea70:
``SPEAKER_STATE_ACT_TYPES``, ``role_body(..., state_only=True)``), each type, guard and option pinned on a sentence
written for it."""
from datetime import date

import pytest

from flows.events import extract_events
from flows.events.participants import role_body
from flows.records import Doc, Mention, Quote

THURSDAY = date(2026, 1, 8)


def mention(text: str, surface: str, name: str, kind: str = "LOC", entity_id: str = "") -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, kind, entity_id or name, name, "test", 1.0)


def participants(text: str, trigger: str, speaker: str, name: str, entity_id: str, others=()):
    """The participants of the event ``trigger`` in indirect speech up to the first comma, said by ``speaker``."""
    ms = [mention(text, speaker, name, "PER", entity_id), *others]
    end = text.index(",")
    quote = Quote("t:q1", 0, end, text[:end], "indirect", speaker, speaker_name=name, speaker_entity_id=entity_id)
    found = [e for e in extract_events(Doc("t", text, THURSDAY), ms, [quote]) if e.trigger == trigger]
    assert found, f"no event {trigger!r}"
    return found[0].participants


def actors(parts) -> set[str]:
    return {p.name for p in parts if p.role == "actor"}


@pytest.mark.parametrize("text, trigger, speaker, name, entity_id, state", [
    # SANCTION
    ("Schon bald würden weitere Strafzölle verhängt, sagte Sefcovic in Brüssel.", "verhängt",
     "Sefcovic", "Maroš Šefčovič", "per:maros-sefcovic", "Europäische Union"),
    # MOBILIZE
    ("Im Sommer würden zusätzliche Soldaten entsandt, sagte Pistorius in Berlin.", "entsandt",
     "Pistorius", "Boris Pistorius", "per:boris-pistorius", "Deutschland"),
    # RETREAT
    ("Die drei Gefangenen würden noch in dieser Woche freigelassen, sagte Lawrow in Moskau.", "freigelassen",
     "Lawrow", "Sergej Lawrow", "per:sergej-lawrow", "Russland"),
    # COOPERATE
    ("Bei der Luftabwehr werde künftig enger kooperiert, sagte Wadephul in Warschau.", "kooperiert",
     "Wadephul", "Johann Wadephul", "per:johann-wadephul", "Deutschland"),
    # COERCE
    ("An den Grenzen würden weiterhin Migranten zurückgewiesen, sagte Dobrindt in Berlin.", "zurückgewiesen",
     "Dobrindt", "Alexander Dobrindt", "per:alexander-dobrindt", "Deutschland"),
])
def test_each_state_act_type_the_office_holder_reports_without_an_actor_is_his_states(
        text, trigger, speaker, name, entity_id, state):
    assert actors(participants(text, trigger, speaker, name, entity_id)) == {state}


def test_an_actor_the_reported_words_name_keeps_the_speaker_s_state_out():
    text = "Frankreich werde im Frühjahr weitere Panzer liefern, sagte Pistorius in Berlin."
    parts = participants(text, "liefern", "Pistorius", "Boris Pistorius", "per:boris-pistorius",
                         [mention(text, "Frankreich", "Frankreich")])
    assert actors(parts) == {"Frankreich"}


def test_the_speaker_s_state_already_a_participant_is_not_made_the_actor_too():
    # the sanctions are against Lawrow's own state: it stays their target only
    text = "Gegen Russland würden schon bald neue Sanktionen verhängt, sagte Lawrow in Moskau."
    parts = participants(text, "verhängt", "Lawrow", "Sergej Lawrow", "per:sergej-lawrow",
                         [mention(text, "Russland", "Russland")])
    assert "Russland" not in actors(parts)


def test_a_party_office_gives_no_state_act_an_actor():
    text = "Die verhafteten Bürgermeister müssten sofort freigelassen werden, sagte Özel in Ankara."
    parts = participants(text, "freigelassen", "Özel", "Özgür Özel", "per:oezguer-oezel")
    assert "CHP" not in actors(parts)


def test_role_body_leaves_party_offices_out_only_when_asked():
    assert role_body("per:oezguer-oezel", THURSDAY) == "CHP"
    assert role_body("per:oezguer-oezel", THURSDAY, state_only=True) is None
    # an office of state outranks a party office either way
    assert role_body("per:friedrich-merz", THURSDAY, state_only=True) == "Deutschland"


def test_the_speaker_s_state_as_actor_is_told_by_his_words_and_comes_first():
    text = "An die Ukraine würden weitere Panzer geliefert, sagte Pistorius in Berlin."
    parts = participants(text, "geliefert", "Pistorius", "Boris Pistorius", "per:boris-pistorius",
                         [mention(text, "Ukraine", "Ukraine")])
    assert [(p.role, p.name, p.text) for p in parts] == [("actor", "Deutschland", "Pistorius"),
                                                         ("target", "Ukraine", "Ukraine")]
