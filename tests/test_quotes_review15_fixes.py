"""Fixes of review 15b of the session's quotes rules. Sentences invented for these tests (the reviewer's or variants).

5990853 (``_stance_phrase``): only a verb of judging or saying takes ``als „…“`` or ``von einem „…“`` as its
subject's words; a role, a guise, a job or a benefit is nobody's partial quote."""
from __future__ import annotations

import pytest

from flows.quotes import extract_quotes
from flows.records import Doc
from tests.test_quotes_bare_body_nouns import named
from tests.test_quotes_own_clause import LEADER


def _quotes(text: str, *people: tuple) -> list[tuple[str, str | None]]:
    mentions = tuple(sorted((named(text, *p) for p in people), key=lambda m: m.start))
    return [(q.text, q.speaker_name) for q in extract_quotes(Doc("t", text), mentions)]


@pytest.mark.parametrize("text", [
    "Anna Berg fungiert seit dem Frühjahr als „Beauftragte für Zukunftsfragen“.",
    "Anna Berg verkleidete sich zum Karneval als „Königin der Nacht“.",
    "Anna Berg arbeitete früher in Hamburg als „Springerin im Schichtdienst“.",
    "Anna Berg profitierte von einem „Sondervermögen für Bildung“.",
])
def test_a_role_guise_job_or_benefit_is_no_partial_quote(text: str) -> None:
    assert _quotes(text, LEADER) == []


@pytest.mark.parametrize("text, words", [
    ("Anna Berg bezeichnete den Plan als „Angriff auf die Mieter“.", "Angriff auf die Mieter"),
    ("Anna Berg kritisierte den Plan als „Angriff auf die Mieter“.", "Angriff auf die Mieter"),
    ("Anna Berg wertete den Plan als „Angriff auf die Mieter“.", "Angriff auf die Mieter"),
    ("Anna Berg sprach in der Debatte von einem „Angriff auf die Mieter“.", "Angriff auf die Mieter"),
])
def test_a_verb_of_judging_or_saying_keeps_the_partial_quote(text: str, words: str) -> None:
    assert (words, "Anna Berg") in _quotes(text, LEADER)


# fa0d941 (_oblique_der): after a thing reproached, a relative 'die' is the object and 'der' + noun the subject.
COUNCIL = ("Stadtrat", "ORG", "Stadtrat Neustadt")


def test_a_relative_die_after_a_thing_reproached_is_the_object() -> None:
    text = "Anna Berg wies die Versäumnisse zurück, die der Stadtrat „in aller Schärfe“ vorwarf."
    found = _quotes(text, LEADER, COUNCIL)
    assert ("in aller Schärfe", "Anna Berg") not in found, found


def test_a_relative_die_after_a_person_is_still_the_subject() -> None:
    text = "Rückhalt fand Anna Berg bei Lisa Kurz, die der Stadt „grobe Fahrlässigkeit“ vorwarf."
    found = _quotes(text, LEADER, ("Lisa Kurz", "PER", "Lisa Kurz"))
    assert ("grobe Fahrlässigkeit", "Lisa Kurz") in found, found


# 1d75207 (will nouns): the subject-first order is covered too; a report, not an indirect quote (pinned, no change).
@pytest.mark.parametrize("text", [
    "Das Gesetz soll nach dem Willen der Regierung im Mai kommen.",
    "Die Reform kommt. Das Gesetz soll nach dem Willen der Regierung im Mai kommen.",
])
def test_a_will_after_the_subject_is_reported_not_a_quote(text: str) -> None:
    found = [(q.type, q.speaker_text) for q in extract_quotes(Doc("t", text), (), reported=True)]
    assert found == [("reported", "der Regierung")], found
    assert list(extract_quotes(Doc("t", text), ())) == []


# Gap of fa0d941: the verb-final dative cue forms without a cue row never reached _oblique_der.
@pytest.mark.parametrize("verb", ["vorhielt", "unterstellte", "bescheinigte", "attestierte"])
def test_a_dative_cue_form_after_a_relative_die_reaches_the_antecedent(verb: str) -> None:
    text = f"Rückhalt fand Anna Berg bei Lisa Kurz, die der Stadt „grobe Fahrlässigkeit“ {verb}."
    found = _quotes(text, LEADER, ("Lisa Kurz", "PER", "Lisa Kurz"))
    assert ("grobe Fahrlässigkeit", "Lisa Kurz") in found, found
