"""Article-level participants of flows/events/discourse.py: the article's two sides fill empty roles."""
from datetime import date

from flows.events import extract_events
from flows.events.discourse import article_sides
from flows.records import Doc, Mention

THURSDAY = date(2026, 1, 8)


def mentions(text: str, surface: str, name: str, kind: str = "ORG") -> list[Mention]:
    """Every occurrence of ``surface`` as a mention of ``name``."""
    found, start = [], text.find(surface)
    while start >= 0:
        found.append(Mention(start, start + len(surface), surface, kind, name, name, "test", 1.0))
        start = text.find(surface, start + 1)
    return found


def roles(text: str, trigger: str, ms: list[Mention]) -> tuple[set[str], set[str]]:
    """(actors, targets) of the last event whose trigger is ``trigger``."""
    found = [e for e in extract_events(Doc("t", text, THURSDAY), ms) if e.trigger == trigger]
    assert found, f"no event {trigger!r}"
    parts = found[-1].participants
    return {p.name for p in parts if p.role == "actor"}, {p.name for p in parts if p.role == "target"}


DISPUTE = ("Die GDL hat die Bahn zu einem neuen Streik aufgerufen. Die Bahn kritisierte die GDL scharf. "
           "Die GDL wies die Vorwürfe zurück. Die Gespräche sollen am Montag weitergehen. "
           "Die Bahn reichte einen Eilantrag ein.")


def dispute_mentions(text: str) -> list[Mention]:
    return mentions(text, "GDL", "GDL") + mentions(text, "Bahn", "Deutsche Bahn")


def test_the_two_collective_parties_named_most_are_the_sides():
    ms = dispute_mentions(DISPUTE)
    events = list(extract_events(Doc("t", DISPUTE, THURSDAY), ms))
    assert {p.name for p in article_sides(events, ms)} == {"GDL", "Deutsche Bahn"}


def test_persons_and_a_tie_for_second_place_give_no_second_side():
    text = ("Die GDL streikt. Die GDL droht. Die GDL wartet. Die GDL zögert. Claus Weselsky, Claus Weselsky, Claus Weselsky, "
            "Claus Weselsky. Bahn, Bahn, Bahn, Bund, Bund, Bund.")
    ms = (mentions(text, "GDL", "GDL") + mentions(text, "Claus Weselsky", "Claus Weselsky", "PER")
          + mentions(text, "Bahn", "Deutsche Bahn") + mentions(text, "Bund", "Bund"))
    assert [p.name for p in article_sides([], ms)] == ["GDL"]


def test_talks_without_named_parties_are_held_by_both_sides():
    ms = dispute_mentions(DISPUTE)
    assert roles(DISPUTE, "Gespräche", ms) == ({"GDL", "Deutsche Bahn"}, set())


def test_one_side_acting_without_a_target_acts_on_the_other():
    text = ("Die GDL hat für Montag einen Streik angekündigt. Nach Angaben der GDL ist die Mehrheit dafür. "
            "Die Bahn strich viele Züge. Die Bahn reichte einen Eilantrag ein.")
    ms = dispute_mentions(text)
    assert roles(text, "Eilantrag", ms) == ({"Deutsche Bahn"}, {"GDL"})


def test_an_act_of_a_third_party_is_left_alone():
    text = DISPUTE + " Verkehrsminister Wissing forderte eine rasche Einigung."
    ms = dispute_mentions(text) + mentions(text, "Wissing", "Volker Wissing", "PER")
    assert roles(text, "forderte", ms) == ({"Volker Wissing"}, set())


def test_two_parties_that_never_act_on_each_other_are_no_sides():
    text = ("Siemens baut ein Werk in Pune. Siemens sucht Fachkräfte. Siemens wächst. Bosch baut ebenfalls ein "
            "Werk. Bosch sucht Ingenieure. Bosch wächst. Die Gespräche sollen weitergehen.")
    ms = mentions(text, "Siemens", "Siemens") + mentions(text, "Bosch", "Bosch")
    assert {p.name for p in article_sides([], ms)} == {"Siemens", "Bosch"}
    assert roles(text, "Gespräche", ms) == (set(), set())
