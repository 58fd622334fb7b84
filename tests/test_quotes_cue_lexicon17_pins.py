"""Review 17 Q: pins for 6d60cda (quotes17b), the cue lexicon checked against German communication verbs
(``flows/quotes/data/cue_verbs_manual.csv``, the rows after its ``session 17 (quotes17b)`` comment, and the particles
added to ``gab``, ``ließ`` and ``hielt``). Each case fails when its row or particle is taken out of the table (a form
the table implies, ``anmerkte``, ``kamen``, ``zogen``, ``machten``, needs no row of its own). Invented sentences,
one per row."""
from __future__ import annotations

import pytest

from flows.quotes import extract_quotes
from flows.records import Doc

CLAUSE = "das Projekt komme zu spät"


def _cues(text: str) -> list[str | None]:
    return [q.cue for q in extract_quotes(Doc("t", text))]


@pytest.mark.parametrize("verb", [
    "erläuterte", "präzisiert", "präzisierte", "konstatiert", "konstatierte", "resümiert", "resümierte", "folgert",
    "folgerte", "schlussfolgert", "schlussfolgerte", "spekuliert", "spekulierte", "fürchtet", "fürchtete",
    "gestand", "gesteht", "drängt", "drängte", "beanstandet", "beanstandete", "moniert", "monierte", "rügt",
    "rügte", "bestreitet", "bestritt", "dementiert", "dementierte", "antwortet", "antwortete", "erzählt",
    "erzählte", "verriet", "verrät", "verdeutlicht", "verdeutlichte", "wettert", "wetterte", "schimpft",
    "schimpfte", "spottete", "schätzte", "bittet", "beharrt", "beharrte", "pocht", "pochte", "insistierte",
    "verneinte", "zweifelt", "zweifelte", "kommentiert", "beschreibt", "rechtfertigt", "verlautbarte", "ermahnt",
    "ermahnte", "widerspricht", "widersprach",
])
def test_a_finite_verb_of_the_checked_rows_cues_its_clause(verb: str) -> None:
    assert verb in _cues(f"Die Ministerin {verb}, {CLAUSE}.")


@pytest.mark.parametrize("verb", ["konstatieren", "fürchten"])
def test_a_plural_row_cues_its_clause(verb: str) -> None:
    assert verb in _cues(f"Die Minister {verb}, {CLAUSE}.")


@pytest.mark.parametrize("participle", [
    "angemerkt", "gefolgert", "angeregt", "widersprochen", "geantwortet", "angedeutet", "vorgerechnet",
    "dargelegt", "zugegeben", "eingestanden",
])
def test_a_participle_row_cues_its_clause(participle: str) -> None:
    assert participle in _cues(f"Die Ministerin hat {participle}, {CLAUSE}.")


@pytest.mark.parametrize(("sentence", "cue"), [
    ("„Das Projekt kommt zu spät“, merkte die Ministerin an.", "merkte ... an"),
    ("„Das Projekt kommt zu spät“, merkt die Ministerin an.", "merkt ... an"),
    ("„Das Projekt kommt zu spät“, regte die Ministerin an.", "regte ... an"),
    ("„Das Projekt kommt zu spät“, regt die Ministerin an.", "regt ... an"),
    ("„Das Projekt kommt zu spät“, deutete die Ministerin an.", "deutete ... an"),
    ("„Das Projekt kommt zu spät“, deutet die Ministerin an.", "deutet ... an"),
    ("„Das Projekt kommt zu spät“, rechnete die Ministerin vor.", "rechnete ... vor"),
    ("„Das Projekt kommt zu spät“, rechnet die Ministerin vor.", "rechnet ... vor"),
    ("„Das Projekt kommt zu spät“, legte die Ministerin dar.", "legte ... dar"),
    ("„Das Projekt kommt zu spät“, legt die Ministerin dar.", "legt ... dar"),
    (f"Die Ministerin kam zu dem Schluss, {CLAUSE}.", "kam ... Schluss"),
    (f"Die Ministerin vertrat die Ansicht, {CLAUSE}.", "vertrat ... Ansicht"),
    (f"Die Ministerin zog die Bilanz, {CLAUSE}.", "zog ... Bilanz"),
    (f"Die Ministerin zieht das Fazit, {CLAUSE}.", "zieht ... Fazit"),
    (f"Die Ministerin machte deutlich, {CLAUSE}.", "machte deutlich"),
    (f"Die Ministerin macht klar, {CLAUSE}.", "macht klar"),
    (f"Die Ministerin brachte zum Ausdruck, {CLAUSE}.", "brachte ... Ausdruck"),
    (f"Die Ministerin gibt zu bedenken, {CLAUSE}.", "gibt ... bedenken"),
    (f"Die Ministerin ließ verkünden, {CLAUSE}.", "ließ verkünden"),
    (f"Die Ministerin ließ bestätigen, {CLAUSE}.", "ließ bestätigen"),
    (f"Die Ministerin ließ betonen, {CLAUSE}.", "ließ betonen"),
    (f"Die Ministerin lässt verkünden, {CLAUSE}.", "lässt verkünden"),
    (f"Die Ministerin lässt bestätigen, {CLAUSE}.", "lässt bestätigen"),
    (f"Die Ministerin lässt betonen, {CLAUSE}.", "lässt betonen"),
    (f"Die Minister ließen verkünden, {CLAUSE}.", "ließen verkünden"),
    (f"Die Minister ließen bestätigen, {CLAUSE}.", "ließen bestätigen"),
    (f"Die Minister ließen betonen, {CLAUSE}.", "ließen betonen"),
    (f"Die Minister lassen verkünden, {CLAUSE}.", "lassen verkünden"),
    (f"Die Minister lassen bestätigen, {CLAUSE}.", "lassen bestätigen"),
    (f"Die Minister lassen betonen, {CLAUSE}.", "lassen betonen"),
    (f"Die Ministerin hielt fest, {CLAUSE}.", "hielt fest"),
    (f"Die Minister hielten fest, {CLAUSE}.", "hielten fest"),
])
def test_a_particle_or_support_verb_row_cues_its_clause(sentence: str, cue: str) -> None:
    assert cue in _cues(sentence)
