"""Guards and carriers of session 15's participant steps: a reaction noun takes the target of the sentence that
elaborates it (participants._elaborated_targets) and a rebutted claim is aimed at whoever made it in the sentence before
(participants._rebutted_source), each pinned by a mutation run of review 15a. Invented sentences and names."""
from __future__ import annotations

import pytest

from tests.test_events_participants import mention, roles


def _orgs(text: str, *names: str) -> list:
    return [mention(text, n, n, "ORG", entity_id="org:" + n.lower().replace(" ", "-")) for n in names if n in text]


NAMES = ("Partei Nord", "Bauamt Süd", "Stadt Ost")


@pytest.mark.parametrize("reaction", [
    "Die Partei Nord reagierte mit scharfer Kritik.",  # reagierte
    "Der Plan stieß bei der Partei Nord auf Kritik.",  # stieß … auf
    "Kritik hagelte es von der Partei Nord.",  # hagelte
])
def test_each_carrier_of_a_reaction_lets_the_next_sentence_name_its_target(reaction: str) -> None:
    text = reaction + " Ihr Fraktionschef warf dem Bauamt Süd vor, die Pläne verschleppt zu haben."
    assert roles(text, "Kritik", _orgs(text, *NAMES))[1] == {"Bauamt Süd"}


def test_a_reaction_noun_with_a_target_of_its_own_keeps_it() -> None:
    text = ("Kritik an der Stadt Ost kam von der Partei Nord. Ihr Fraktionschef warf dem Bauamt Süd vor, die Pläne "
            "verschleppt zu haben.")
    assert "Bauamt Süd" not in roles(text, "Kritik", _orgs(text, *NAMES))[1]


def test_the_next_sentences_reaction_does_not_look_further_ahead() -> None:
    # look_ahead=False: the second reaction's own next sentence is not read for the first
    text = ("Kritik kam von der Partei Nord. Protest kam auch von der Stadt Ost. Ihr Sprecher warf dem Bauamt Süd vor, "
            "die Pläne verschleppt zu haben.")
    assert roles(text, "Kritik", _orgs(text, *NAMES))[1] == set()


def test_a_speaker_after_sagte_made_the_rebutted_claim() -> None:
    text = ("Die Baupläne seien am Montag geändert worden, sagte ein Sprecher der Partei Nord. Das Bauamt Süd wies die "
            "Darstellung umgehend zurück.")
    assert roles(text, "wies", _orgs(text, *NAMES)) == ({"Bauamt Süd"}, {"Partei Nord"})


def test_a_rebutter_is_not_its_own_target() -> None:
    text = "Das Bauamt Süd teilte mit, die Pläne seien geändert worden. Das Bauamt Süd wies die Darstellung zurück."
    ms = [mention(text, "Bauamt Süd", "Bauamt Süd", "ORG", nth, "org:bauamt-sued") for nth in (0, 1)]
    assert roles(text, "wies", ms) == ({"Bauamt Süd"}, set())


CLAIM = "Die Partei Nord teilte mit, die Baupläne seien am Montag geändert worden. "


@pytest.mark.parametrize("rebuttal, trigger", [
    ("Das Bauamt Süd bestritt das.", "bestritt"),  # a bare "das", bestreiten
    ("Das Bauamt Süd dementierte die Berichte.", "dementierte"),
    ("Das Bauamt Süd weist die Darstellung zurück.", "weist"),
    ("Das Bauamt Süd wies umgehend die Darstellung zurück.", "wies"),  # an adverb before the claim
    ("Das Bauamt Süd wies die neue Darstellung zurück.", "wies"),  # an attribute of the claim
    ("Das Bauamt Süd wies die Vorwürfe zurück.", "wies"),  # no charge before: the claim is the statement's
])
def test_each_verb_and_claim_form_of_a_rebuttal_points_back(rebuttal: str, trigger: str) -> None:
    text = CLAIM + rebuttal
    assert roles(text, trigger, _orgs(text, *NAMES)) == ({"Bauamt Süd"}, {"Partei Nord"})


def test_the_name_after_a_dateline_opens_the_sentence_before() -> None:
    text = "BERLIN (dpa) - " + CLAIM + "Das Bauamt Süd wies die Darstellung zurück."
    assert roles(text, "wies", _orgs(text, *NAMES))[1] == {"Partei Nord"}


def test_a_name_deep_in_the_sentence_before_is_no_claimant() -> None:
    text = ("Seit dem Frühjahr streiten die Anwohner der Siedlung mit der Partei Nord über die Pläne. Das Bauamt Süd "
            "wies die Darstellung zurück.")
    assert roles(text, "wies", _orgs(text, *NAMES))[1] == set()
