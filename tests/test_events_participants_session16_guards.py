"""Review 16a: the guards and alternatives of session 16's participant rules that no test held, each pinned on an
invented sentence (a perfect-tense rebuttal, e62be1f; a withdrawal noun's genitive forces, e699cd2; forces named by
nationality acting for their state, ee0d9b1)."""
import pytest

from tests.test_events_participants import mention, roles


def _rebuttal(after: str, before: str = "Die Partei Nord teilte mit, die Baupläne seien am Montag geändert worden."):
    text = f"{before} {after}"
    ms = [mention(text, "Partei Nord", "Partei Nord", "ORG", entity_id="org:partei-nord")]
    if "Bauamt Süd" in text:
        ms.append(mention(text, "Bauamt Süd", "Bauamt Süd", "ORG", entity_id="org:bauamt-sued"))
    return roles(text, "zurückgewiesen", ms)


@pytest.mark.parametrize("after", [
    "Das Bauamt Süd hat umgehend die Vorwürfe zurückgewiesen.",  # an adverb between the auxiliary and the claim
    "Das Bauamt Süd hat die Vorwürfe erneut entschieden zurückgewiesen.",  # two words between claim and participle
    "Die Bauämter haben die Vorwürfe zurückgewiesen.",  # plural auxiliary
    "Die Bauämter hatten die Vorwürfe zurückgewiesen.",  # plural past perfect
])
def test_a_perfect_tense_rebuttal_in_other_forms_is_aimed_at_the_claim_s_source(after):
    assert "Partei Nord" in _rebuttal(after)[1]


def test_a_perfect_tense_claim_with_a_named_source_after_it_gets_no_earlier_source():
    # "aus Berlin": a capitalised word between claim and participle, the claim names its own source
    assert "Partei Nord" not in _rebuttal("Das Bauamt Süd hat die Kritik aus Berlin zurückgewiesen.")[1]


def test_the_perfect_tense_claim_is_read_in_its_own_sentence_not_at_an_offset_of_the_one_before():
    # the claim found in the sentence's text ends at its offset 32; the sentence before has " der" there, which the
    # object-complement test (a claim's own source: "die Kritik der Stadt") must not read
    before = "Die Partei Nord teilte mit, dass der Bauplan am Montag geändert worden sei."
    assert before[32:36] == " der"
    assert "Partei Nord" in _rebuttal("Das Bauamt Süd hat die Vorwürfe zurückgewiesen.", before)[1]


def test_forces_withdrawing_for_their_state_are_not_also_its_target():
    # Frankreich is the target of the demand ("von Frankreich") and the withdrawing state: actor only
    text = "Mali verlangte von Frankreich den Abzug der französischen Truppen."
    actors, targets = roles(text, "Abzug", [mention(text, "Mali", "Mali"), mention(text, "Frankreich", "Frankreich")])
    assert "Frankreich" in actors and "Frankreich" not in targets


def test_a_withdrawal_of_forces_named_by_a_region_gives_no_withdrawing_state():
    # "bayerische Soldaten": Bayern is no state of its own
    assert "Bayern" not in roles("Der Abzug der bayerischen Soldaten aus Mali begann.", "Abzug")[0]


def test_forces_acting_for_a_state_only_when_no_other_actor_is_named():
    text = "Die Ukraine griff russische Truppen an."
    assert roles(text, "griff", [mention(text, "Ukraine", "Ukraine")]) == ({"Ukraine"}, {"Russland"})


def test_forces_of_another_nationality_before_the_target_do_not_make_it_act():
    # the first forces found are Ukrainian; the Russian ones after them are attacked
    assert "Russland" not in roles("In der Nacht griffen ukrainische Einheiten russische Truppen an.", "griffen")[0]


@pytest.mark.parametrize("text, trigger", [
    ("Im Osten rückten russische Truppen weiter vor.", "rückten"),  # MOBILIZE
    ("Die Stadt wurde in der Nacht von russischen Truppen angegriffen.", "angegriffen"),  # a passive's agent
    ("Die Hafenstadt wurde durch russische Drohnen angegriffen.", "angegriffen"),
])
def test_forces_moving_or_named_as_a_passive_s_agent_act_for_their_state(text, trigger):
    actors, targets = roles(text, trigger)
    assert "Russland" in actors and "Russland" not in targets


@pytest.mark.parametrize("text", [
    "Die Offensive gegen russische Truppen begann am Montag.",
    "Am Montag kam es zu Angriffen gegenüber russischen Truppen.",
])
def test_forces_an_attack_is_aimed_at_after_gegen_stay_its_target(text):
    trigger = "Offensive" if "Offensive" in text else "Angriffen"
    actors, targets = roles(text, trigger)
    assert "Russland" not in actors and "Russland" in targets


# a body reporting a coercive or legal act in the passive (456f300)
def _reported(text: str, speaker: str, name: str, entity_id: str, trigger: str, mentions=()):
    import dataclasses

    from tests.test_events_participants import indirect_to_first_comma
    quote = indirect_to_first_comma(text, speaker, name, entity_id)
    start = text.index(speaker)
    quote = dataclasses.replace(quote, speaker_start=start, speaker_end=start + len(speaker))
    return roles(text, trigger, list(mentions), [quote])


def test_a_body_reporting_an_investigation_in_the_passive_led_it():
    text = "Gegen den Minister werde wegen Betrugs ermittelt, teilte die Staatsanwaltschaft Nord mit."
    assert _reported(text, "die Staatsanwaltschaft Nord", "Staatsanwaltschaft Nord", "org:sta-nord", "ermittelt")[0] \
        == {"Staatsanwaltschaft Nord"}


def test_a_body_reporting_an_act_in_the_active_voice_is_not_its_agent():
    text = "Soldaten hätten den Mann festgenommen, teilte die Polizeidirektion Nord mit."
    assert "Polizeidirektion Nord" not in _reported(text, "die Polizeidirektion Nord", "Polizeidirektion Nord",
                                                    "org:pdn", "festgenommen")[0]


def test_a_body_reporting_an_act_whose_agent_is_named_is_not_its_agent():
    text = "Die Männer seien von der Polizei Süd festgenommen worden, teilte die Stadt Nord mit."
    police = mention(text, "Polizei Süd", "Polizei Süd", "ORG", entity_id="org:polizei-sued")
    assert _reported(text, "die Stadt Nord", "Stadt Nord", "org:stadt-nord", "festgenommen", [police])[0] \
        == {"Polizei Süd"}


@pytest.mark.parametrize("speaker, name, entity_id, actor", [
    # a ministry or government the gazetteer places in its state, with no state adjective in its name
    ("das Ministerium", "Bundesministerium des Innern", "org:bundesministerium-des-innern", "Deutschland"),
    ("die Regierung", "Bundesregierung", "org:bundesregierung", "Deutschland"),
    # a Land's adjective names no state: the ministry itself
    ("das Innenministerium", "Bayerisches Innenministerium", "org:bayerisches-innenministerium-x",
     "Bayerisches Innenministerium"),
])
def test_a_reporting_ministry_or_government_acts_for_its_state(speaker, name, entity_id, actor):
    text = f"Am Morgen seien vier Männer festgenommen worden, teilte {speaker} mit."
    assert _reported(text, speaker, name, entity_id, "festgenommen")[0] == {actor}


@pytest.mark.parametrize("outlet", ["die Nachrichtenagentur Nordpress", "die Agentur Nordpress", "der Sender Nordfunk",
                                    "die Zeitung Nordblatt", "das Portal Nordnews", "der Rundfunk Nord",
                                    "das Fernsehen Nord"])
def test_a_news_outlet_reporting_an_arrest_is_not_its_agent(outlet):
    text = f"Am Morgen seien vier Männer festgenommen worden, meldete {outlet}."
    name = outlet.split(" ", 1)[1]
    assert _reported(text, outlet, name, "org:outlet", "festgenommen")[0] == set()
    # the outlet's word before a speaker named alone ("der Sender Nordfunk" -> "Nordfunk")
    assert _reported(text, name, name, "org:outlet", "festgenommen")[0] == set()
