"""An article's mentions depend on its own text and date only, not on the articles processed before it (session 18,
round 2). ``find_mentions`` keeps per-word caches (``_first_steps``, ``_opens_person``, ``_role_phrase`` …) that must be
pure functions of their key; this runs invented articles in both orders in one process and compares. Every name and
sentence is invented for this test."""
from __future__ import annotations

from datetime import date

from flows.names.mentions import find_mentions
from flows.records import Doc

DAY = date(2026, 3, 2)

ARTICLES = [
    Doc("a", "Das sagte Dr. Henrike Albers-Nowak am Montag. Albers-Nowak fügte hinzu, man werde klagen.", DAY),
    Doc("b", "Der Verband Deutscher Kommunalbetriebe (VDK) warnte am Dienstag. Der VDK verlangte mehr Geld. "
             "Albers-Nowak sei nicht zuständig, sagte Ministerin Henrike Brandt.", DAY),
    Doc("c", "Die Richterin Amy Coney Harlow hielt dem entgegen, das Gesetz sei eindeutig. Harlow blieb dabei.", DAY),
]


def _run(docs: list[Doc]) -> dict[str, list[tuple]]:
    return {d.article_id: [(m.start, m.end, m.entity_id, m.entity_name, m.entity_type) for m in find_mentions(d)] for d in docs}


def test_each_articles_mentions_are_the_same_in_either_order():
    forward = _run(ARTICLES)
    backward = _run(list(reversed(ARTICLES)))
    again = _run(ARTICLES)
    assert forward == backward == again
    assert any(m[3] == "Henrike Albers-Nowak" for m in forward["a"])


# A bare head noun takes up the body named before it (``mentions._head_anaphors``; session 18, round 2).

def test_a_definite_head_noun_takes_up_the_body_named_before_it():
    text = ("Die moldauische Armee verlegte am Montag Truppen an die Grenze. Die Armee sprach von einer Übung. "
            "Ein Sprecher der Armee sagte, man sei vorbereitet. Der Hamburger Senat tagte. Ein Sprecher des Senats schwieg.")
    found = [(m.text, m.entity_name) for m in find_mentions(Doc("h", text, DAY))]
    assert found.count(("Armee", "Moldauische Armee")) == 2
    assert ("Senats", "Hamburger Senat") in found


def test_two_bodies_with_the_head_noun_leave_it_open():
    text = "Die moldauische Armee und die rumänische Armee übten gemeinsam. Die Armee meldete keine Zwischenfälle."
    assert not any(m.text == "Armee" for m in find_mentions(Doc("h", text, DAY)))


def test_a_head_noun_long_after_its_body_is_left_open():
    filler = "Der Streit um die Grenze dauert seit Jahren an, und eine Lösung ist nicht in Sicht. " * 7
    text = "Die moldauische Armee verlegte Truppen. " + filler + "Die Armee habe abgezogen, hieß es."
    assert not any(m.text == "Armee" for m in find_mentions(Doc("h", text, DAY)))

