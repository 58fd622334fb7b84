"""The learned participant model (flows.events.model, trained by scripts/train_participant_model.py).

Invented sentences only.
"""
from __future__ import annotations

import json
from datetime import date

from flows.events import extract_events
from flows.events.model import (MODEL_PATH, ArticleView, Candidate, EventSite, Model, article_view, candidates,
                                decide, learned_participants, model, probability)
from flows.events.text import sentences
from flows.records import Doc, Mention, Participant

TEXT = ("Bonn (dpa) - Die Bundesregierung stritt mit Polen. Olaf Scholz reiste nach Warschau. "
        "Dort kritisierte Warschau den Plan. Die Gespräche gingen weiter.")


def _mention(name: str, kind: str, entity_id: str, at: int | None = None, text: str = TEXT) -> Mention:
    start = text.index(name) if at is None else text.index(name, at)
    return Mention(start, start + len(name), name, kind, entity_id, name, "exact", 1.0)  # type: ignore[arg-type]


MENTIONS = (_mention("Bonn", "LOC", "loc:bonn"), _mention("Polen", "LOC", "loc:polen"),
            _mention("Olaf Scholz", "PER", "per:olaf-scholz"), _mention("Warschau", "LOC", "loc:warschau"),
            _mention("Warschau", "LOC", "loc:warschau", TEXT.index("kritisierte")))


def _view() -> ArticleView:
    return article_view(TEXT, tuple(sentences(TEXT)), MENTIONS, date(2024, 2, 9))


def _site(index: int, trigger: str, event_type: str, rules=(), earlier=(), speaker=None, is_noun=False) -> EventSite:
    start = TEXT.index(trigger)
    return EventSite(_view(), index, start, start + len(trigger), is_noun, event_type, speaker, earlier, tuple(rules))


def _features(cands: list[Candidate], role: str, name: str) -> tuple[str, ...]:
    return next(c.features for c in cands if c.role == role and c.name == name)


def test_candidates_are_the_named_parties_in_both_roles_swapped_as_the_rules_swap():
    cands = candidates(_site(2, "kritisierte", "ACCUSE"))
    names = {c.name for c in cands}
    # Warschau is Poland's capital: the party is Poland; Olaf Scholz also stands for the body he holds office for
    assert {"Polen", "Olaf Scholz", "Deutschland"} <= names
    assert "Warschau" not in names
    assert {c.role for c in cands if c.name == "Polen"} == {"actor", "target"}


def test_distance_and_position_features():
    cands = candidates(_site(2, "kritisierte", "ACCUSE"))
    polen = _features(cands, "actor", "Polen")
    # the nearest mention of Poland is "Warschau" after the trigger in the event's own sentence
    assert {"d:actor:0", "pos:actor:after", "tpos:ACCUSE:actor:after", "td:ACCUSE:actor:0"} <= set(polen)
    scholz = _features(cands, "target", "Olaf Scholz")
    assert {"d:target:1", "k:target:PER", "pw:target:^", "nw:target:reiste"} <= set(scholz)  # words of its sentence
    body = _features(cands, "actor", "Deutschland")
    assert "body:actor" in body


def test_lead_and_dateline_features():
    cands = candidates(_site(3, "Gespräche", "CONSULT", is_noun=True))
    bonn = _features(cands, "actor", "Bonn")
    assert {"lead:actor", "dateline:actor", "rn:actor:True", "d:actor:3+", "pw:actor:^"} <= set(bonn)
    assert "dateline:actor" not in _features(cands, "actor", "Olaf Scholz")


def test_rule_earlier_event_and_speaker_features():
    rules = (Participant("actor", "loc:polen", "Polen", "Warschau"), Participant("target", None, "EU", "EU"))
    earlier = ((10, "ACCUSE", (Participant("target", "loc:polen", "Polen", "Polen"),)),
               (40, "CONSULT", (Participant("actor", None, "Olaf Scholz", "Scholz"),)))
    cands = candidates(_site(2, "kritisierte", "ACCUSE", rules, earlier, speaker="Olaf Scholz"))
    assert [c.rule for c in cands[:2]] == [True, True]  # the rules' participants first
    polen = _features(cands, "actor", "Polen")
    assert {"rule:actor:True", "nr:actor:1", "same:actor:target", "hist:actor:target:1", "hist:actor:actor:0"} <= set(
        polen)
    assert "other:target:True" in _features(cands, "target", "Polen")
    scholz = _features(cands, "actor", "Olaf Scholz")
    assert {"prev:actor:actor", "speaker:actor", "rule:actor:False"} <= set(scholz)
    # a rule participant without a mention in reach
    assert "nomention:target" in _features(cands, "target", "EU")
    assert not any(c.rule for c in candidates(_site(2, "kritisierte", "ACCUSE", rules), rules_too=False))


def test_decide_drops_below_keep_threshold_and_adds_above_add_threshold():
    rules = (Participant("actor", "loc:polen", "Polen", "Warschau"),)
    cands = candidates(_site(2, "kritisierte", "ACCUSE", rules))
    tiny = Model(keep={"rule:actor:True": -3.0},
                 add={"bias": -5.0, "d:target:1": 3.0, "k:target:PER": 3.0, "body:target": -3.0},
                 keep_threshold=0.5, add_threshold=0.5)
    assert [(p.role, p.name) for p in decide(cands, rules, tiny)] == [("target", "Olaf Scholz")]
    keeping = Model(keep={}, add={"bias": -5.0}, keep_threshold=0.0, add_threshold=0.5)
    assert decide(cands, rules, keeping) == rules


def test_probability_is_the_logistic_of_the_summed_weights():
    assert probability({"a": 1.0, "b": -1.0}, ("a", "b", "unknown")) == 0.5
    assert probability({"a": 100.0}, ("a",)) > 0.999


def test_model_file_loads_and_its_features_are_ones_the_candidates_make():
    raw = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    loaded = model()
    assert set(raw["models"]) == {"keep", "add"}
    assert 0.0 <= loaded.keep_threshold <= 1.01 and 0.0 <= loaded.add_threshold <= 1.01
    rules = (Participant("actor", "loc:polen", "Polen", "Warschau"), Participant("target", None, "EU", "EU"))
    earlier = ((10, "ACCUSE", (Participant("target", "loc:polen", "Polen", "Polen"),)),)
    made = {f.split(":")[0] for index, trigger in ((2, "kritisierte"), (3, "Gespräche"))
            for c in candidates(_site(index, trigger, "ACCUSE", rules, earlier, speaker="Olaf Scholz"))
            for f in c.features}
    for kind in ("keep", "add"):
        assert "bias" in raw["models"][kind]["weights"]
        assert {f.split(":")[0] for f in raw["models"][kind]["weights"]} <= made


def test_learned_participants_keeps_entity_ids_in_the_pipeline():
    doc = Doc("m1", "Russland hat die Ukraine am Mittwoch angegriffen.", date(2026, 1, 8))
    mentions = [_mention("Russland", "LOC", "loc:russland", text=doc.text),
                _mention("Ukraine", "LOC", "loc:ukraine", text=doc.text)]
    rules_only = list(extract_events(doc, mentions))
    learned = list(extract_events(doc, mentions, participant_model=learned_participants))
    assert [e.event_type for e in learned] == [e.event_type for e in rules_only]
    assert all(p.entity_id for e in learned for p in e.participants)


def test_training_is_deterministic_on_a_tiny_invented_gold_set():
    from scripts.train_participant_model import Row, train

    rows = [Row(0, k, "ACCUSE", role, rule, label, ("bias", f"r:{role}", f"rule:{role}:{rule}", f"x:{k % 3}"))
            for k in range(12) for role, rule, label in (("actor", True, 1), ("target", False, k % 2),
                                                          ("actor", False, 0), ("target", True, int(k % 4 > 0)))]
    first, second = train(rows), train(rows)
    assert first == second
    assert first["add"]["rule:target:False"] != 0.0 or first["add"]["bias"] != 0.0
