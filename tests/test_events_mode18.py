"""Session 18: mode cues of German news text, checked against CONVENTIONS.md rather than against the sets.

An invented battery of modal and planning verbs, conditions, negation and reported speech; each sentence follows
"Die Lage ist ernst." so that no rule works only at a text's start. Published on Thursday 2026-01-08
(tests.test_events).
"""
from __future__ import annotations

import pytest

from tests.test_events import events


def _modes(text: str) -> dict[str, str]:
    return {e.trigger: e.mode for e in events("Die Lage ist ernst. " + text)}


BATTERY = [
    # modal and planning verbs: intended; weighing a step: hypothetical
    ("Die Gewerkschaft will am Montag streiken.", "streiken", "intended"),
    ("Die Gewerkschaft soll am Montag streiken.", "streiken", "intended"),
    ("Die Regierung plant, Sanktionen zu verhängen.", "verhängen", "intended"),
    ("Die Regierung beabsichtigt, Sanktionen zu verhängen.", "verhängen", "intended"),
    ("Die Regierung hat vor, Sanktionen zu verhängen.", "verhängen", "intended"),
    ("Die Minister beabsichtigen, sich am Montag zu treffen.", "treffen", "intended"),
    ("Die Regierung erwägt, Sanktionen zu verhängen.", "verhängen", "hypothetical"),
    ("Die Regierung erwägt Sanktionen gegen Russland.", "Sanktionen", "hypothetical"),
    ("Die Regierung stellte neue Verhandlungen in Aussicht.", "Verhandlungen", "intended"),
    ("Die Regierung wird Sanktionen verhängen.", "verhängen", "intended"),
    ("Die Minister werden sich in Brüssel treffen.", "treffen", "intended"),
    ("Die Regierung kündigte an, am Montag Sanktionen zu verhängen.", "verhängen", "intended"),
    ("Die EU könnte Sanktionen verhängen.", "verhängen", "hypothetical"),
    ("Die Gewerkschaft droht mit einem Streik.", "Streik", "hypothetical"),
    # conditions: the condition and what depends on it
    ("Falls Russland angreift, verhängt die EU Sanktionen.", "angreift", "hypothetical"),
    ("Falls Russland angreift, verhängt die EU Sanktionen.", "verhängt", "hypothetical"),
    ("Wenn Russland angreift, wird die EU Sanktionen verhängen.", "verhängen", "hypothetical"),
    ("Sofern die Gespräche scheitern, will die Gewerkschaft streiken.", "streiken", "hypothetical"),
    ("Im Fall eines Angriffs will die Nato Truppen entsenden.", "entsenden", "hypothetical"),
    ("Sollte Russland angreifen, verhängt die EU Sanktionen.", "angreifen", "hypothetical"),
    ("Sollte Russland angreifen, verhängt die EU Sanktionen.", "verhängt", "hypothetical"),
    ("Sollten die Gespräche scheitern, droht ein Streik.", "Streik", "hypothetical"),
    ("Sollte die Regierung nicht einlenken, will die Gewerkschaft streiken.", "einlenken", "hypothetical"),
    ("Für den Fall, dass Russland angreift, drohte die EU mit Sanktionen.", "angreift", "hypothetical"),
    ("Für den Fall, dass die Gespräche scheitern, kündigte die Gewerkschaft Streiks an.", "Streiks",
     "hypothetical"),
    # negation
    ("Die Gewerkschaft streikt nicht.", "streikt", "negated"),
    ("Es gibt keine Einigung.", "Einigung", "negated"),
    ("Die Minister haben sich nie getroffen.", "getroffen", "negated"),
    ("Die Minister trafen sich nicht.", "trafen", "negated"),
    ("Es wurde kein Abkommen unterzeichnet.", "unterzeichnet", "negated"),
    ("Die Polizei hat keinen der Demonstranten festgenommen.", "festgenommen", "negated"),
    ("Niemand wurde festgenommen.", "festgenommen", "negated"),
    ("Bislang wurde niemand festgenommen.", "festgenommen", "negated"),
    ("Weder Russland noch die Ukraine haben den Waffenstillstand unterzeichnet.", "unterzeichnet", "negated"),
    ("Die Regierung reiste ab, ohne die Sanktionen zu verhängen.", "verhängen", "negated"),
    ("Die Rebellen wollen die Regierung schwächen, ohne selbst die Hauptstadt angreifen zu müssen.", "angreifen",
     "negated"),
    ("Die Regierung weigert sich, Sanktionen zu verhängen.", "verhängen", "negated"),
    ("Russland verweigert Verhandlungen.", "Verhandlungen", "negated"),
    ("Die Regierung lehnte Verhandlungen ab.", "Verhandlungen", "negated"),
    ("Die Regierung sah davon ab, Sanktionen zu verhängen.", "verhängen", "negated"),
    ("Die Regierung hat darauf verzichtet, die Grenze zu blockieren.", "blockieren", "negated"),
    ("Die Regierung verzichtet auf Sanktionen.", "Sanktionen", "negated"),
    ("Ein Waffenstillstand steht nicht auf der Agenda.", "Waffenstillstand", "negated"),
    ("Sanktionen stehen derzeit nicht auf der Agenda.", "Sanktionen", "negated"),
    ("Eine Einigung ist nicht in Sicht.", "Einigung", "negated"),
    ("Der Kanzler schloss Verhandlungen nicht aus.", "Verhandlungen", "hypothetical"),
    # reported speech of a past event is realized (CONVENTIONS.md: events inside reported speech are annotated as
    # reported), of a future one intended
    ("Der Sprecher sagte, die Minister hätten sich am Montag getroffen.", "getroffen", "realized"),
    ("Der Sprecher sagte, Russland habe Kiew angegriffen.", "angegriffen", "realized"),
    ("Russland habe am Montag Kiew angegriffen, sagte der Sprecher.", "angegriffen", "realized"),
    ("Die Minister hätten am Montag verhandelt, hieß es.", "verhandelt", "realized"),
    ("Die Regierung habe Sanktionen verhängt, teilte das Ministerium mit.", "verhängt", "realized"),
    ("Nach Angaben der Polizei seien drei Demonstranten festgenommen worden.", "festgenommen", "realized"),
    ("Die Armee habe die Stadt angegriffen, teilte das Ministerium mit.", "angegriffen", "realized"),
    ("Die Minister hätten sich nie getroffen, sagte der Sprecher.", "getroffen", "negated"),
    ("Der Sprecher sagte, die Gewerkschaft werde am Montag streiken.", "streiken", "intended"),
    # session 17's left-overs: "Statt/Anstatt einer/der …" and "Als Folge drohte er, sollte …"
    ("Statt einer Einigung gab es neuen Streit.", "Einigung", "negated"),
    ("Anstatt neuer Proteste plant die Gewerkschaft zu verhandeln.", "Proteste", "negated"),
    ("Anstatt neuer Proteste plant die Gewerkschaft zu verhandeln.", "verhandeln", "intended"),
    ("Statt einer Einigung zuzustimmen, lehnte die Regierung den Vertrag ab.", "zuzustimmen", "negated"),
    ("Statt Sanktionen zu verhängen, setzt die EU auf Gespräche.", "verhängen", "negated"),
    ("Als Folge drohte er, sollte die Regierung nicht einlenken, mit einem Streik.", "einlenken", "hypothetical"),
]


@pytest.mark.parametrize("text, trigger, mode", BATTERY)
def test_a_mode_cue_gives_the_conventions_mode(text: str, trigger: str, mode: str) -> None:
    modes = _modes(text)
    assert trigger in modes, f"no event {trigger!r} in {sorted(modes)}"
    assert modes[trigger] == mode


@pytest.mark.parametrize("text, trigger", [
    # "ohne" after a word that takes the infinitive is the act's manner (tune13, tune21: gold hypothetical)
    ("Er sei bereit, ohne Vorbedingungen über die Grenze zu verhandeln.", "verhandeln"),
    ("Er bekräftigte sein Angebot, ohne Vorbedingungen mit dem Norden zu verhandeln.", "verhandeln"),
    # ... and so after a participle that governs it (decided, still to come)
    ("Die Regierung hat beschlossen, ohne Zustimmung des Parlaments Sanktionen zu verhängen.", "verhängen"),
    # a "niemand" inside a parenthesis negates nothing outside it
    ("Im Appell (etwa: Niemand bleibt draußen) bittet die Organisation um Geld.", "bittet"),
])
def test_guards_that_stay_not_negated(text: str, trigger: str) -> None:
    assert _modes(text)[trigger] != "negated"


def test_the_nouns_of_a_fronted_weder_noch_pair_stay_realized() -> None:
    """tune22: the withdrawal happened and did not help; only the verb of the clause is negated."""
    modes = _modes("Weder der Abzug der Truppen noch die Zusammenarbeit hätten die Lage verbessert.")
    assert modes["Abzug"] == "realized"


def test_a_condition_noun_after_im_falle_is_no_event() -> None:
    """extract drops "im Falle eines …" nouns (tune4, tune9, tune11 and devset annotate none); the consequence is
    hypothetical (above)."""
    assert "Angriffs" not in _modes("Im Falle eines Angriffs will die Nato Truppen entsenden.")
